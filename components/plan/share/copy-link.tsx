"use client";
// The share link in a read-only field, with a button that copies it and says so (aria-live).
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { buttonClass } from "@/components/ui/button-styles";

const noSubscription = () => () => {};

export interface CopyLinkLabels {
  field: string;
  copy: string;
  copied: string;
  failed: string;
}

/** `fieldId` and `testId` tell two copy fields on one page apart (share link, owner link). */
export function CopyLink({
  url,
  labels,
  fieldId = "share-url",
  testId = "plan-share-url",
  description,
}: {
  url: string;
  labels: CopyLinkLabels;
  fieldId?: string;
  testId?: string;
  /** Id of the text that says what this link is for. */
  description?: string;
}) {
  const field = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const reset = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(reset.current), []);

  // A relative path (no trustworthy host header) becomes absolute here, where the browser knows its origin.
  const shown = useSyncExternalStore(
    noSubscription,
    () => (url.startsWith("/") ? window.location.origin + url : url),
    () => url,
  );

  async function copy() {
    clearTimeout(reset.current);
    try {
      await navigator.clipboard.writeText(shown);
      setStatus("copied");
    } catch {
      // No clipboard permission (or an old browser): select the text so a long-press or Ctrl+C works.
      field.current?.select();
      setStatus("failed");
    }
    reset.current = setTimeout(() => setStatus("idle"), 4000);
  }

  return (
    <div>
      <label htmlFor={fieldId} className="block text-sm font-semibold text-ink">
        {labels.field}
      </label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input
          id={fieldId}
          ref={field}
          data-testid={testId}
          aria-describedby={description}
          readOnly
          value={shown}
          onFocus={(event) => event.currentTarget.select()}
          className="min-h-12 w-full min-w-0 flex-1 rounded-lg border border-muted bg-canvas px-3 text-sm text-ink"
        />
        <button
          type="button"
          data-testid={testId === "plan-share-url" ? "copy-link" : `${testId}-copy`}
          onClick={copy}
          className={buttonClass("primary", "shrink-0 print:hidden")}
        >
          {labels.copy}
        </button>
      </div>
      <p role="status" aria-live="polite" data-testid={testId === "plan-share-url" ? "copy-status" : `${testId}-status`} className="mt-1 min-h-5 text-sm text-ink print:hidden">
        {status === "copied" ? labels.copied : status === "failed" ? labels.failed : ""}
      </p>
    </div>
  );
}
