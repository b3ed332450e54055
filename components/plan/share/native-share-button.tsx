"use client";
// Opens the phone's own share sheet (WeChat, messages, mail…) where the browser has one; elsewhere the
// button is not shown at all, and the copy button and QR code do the job.
import { useState, useSyncExternalStore } from "react";
import { buttonClass } from "@/components/ui/button-styles";

const noSubscription = () => () => {};
const canShare = () => typeof navigator !== "undefined" && typeof navigator.share === "function";

export function NativeShareButton({ url, title, labels }: { url: string; title: string; labels: { share: string; failed: string } }) {
  const supported = useSyncExternalStore(noSubscription, canShare, () => false);
  const [failed, setFailed] = useState(false);
  if (!supported) return null;

  async function share() {
    setFailed(false);
    try {
      await navigator.share({ title, url: new URL(url, window.location.origin).href });
    } catch (error) {
      // Closing the sheet is not a failure.
      if (!(error instanceof DOMException && error.name === "AbortError")) setFailed(true);
    }
  }

  return (
    <div className="print:hidden">
      <button type="button" data-testid="native-share" onClick={share} className={buttonClass("secondary")}>
        {labels.share}
      </button>
      {failed && (
        <p role="alert" className="mt-1 text-sm font-semibold text-red-800">
          {labels.failed}
        </p>
      )}
    </div>
  );
}
