"use client";
// "Delete this plan" behind a real modal dialog. On success the token is forgotten and the owner
// goes home; a plan that is already gone counts as deleted.
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import { useOwner } from "./owner-context";
import { forgetOwnerToken } from "./owner-token";
import { deletePlan } from "./plan-api";

export interface DeleteLabels {
  open: string;
  title: string;
  body: string;
  confirm: string;
  cancel: string;
  deleting: string;
  failed: string;
  unauthorized: string;
}

export function DeletePlanButton({ labels }: { labels: DeleteLabels }) {
  const { planId, token, locale } = useOwner();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    if (!token || busy) return;
    setBusy(true);
    setError(null);
    const outcome = await deletePlan(planId, token, locale);
    if (outcome.ok || outcome.reason === "not_found") {
      forgetOwnerToken(planId);
      router.replace(`/${locale}`);
      return;
    }
    setBusy(false);
    setError(outcome.reason === "unauthorized" ? labels.unauthorized : labels.failed);
  }

  return (
    <>
      <button
        type="button"
        data-testid="delete-plan"
        onClick={() => {
          setError(null);
          dialog.current?.showModal();
        }}
        className={buttonClass("secondary", "border-red-700 text-red-800 hover:bg-red-50")}
      >
        {labels.open}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="delete-title"
        aria-describedby="delete-body"
        data-testid="delete-dialog"
        onCancel={(event) => {
          if (busy) event.preventDefault();
        }}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-card p-6 text-ink shadow-xl backdrop:bg-ink/60"
      >
        <h2 id="delete-title" className="text-xl font-semibold">
          {labels.title}
        </h2>
        <p id="delete-body" className="mt-2">
          {labels.body}
        </p>
        {error && (
          <p role="alert" className="mt-3 font-semibold text-red-800">
            {error}
          </p>
        )}
        <div className="mt-5 flex flex-wrap justify-end gap-3">
          <button
            type="button"
            autoFocus
            disabled={busy}
            onClick={() => dialog.current?.close()}
            className={buttonClass("secondary")}
          >
            {labels.cancel}
          </button>
          <button
            type="button"
            data-testid="delete-confirm"
            disabled={busy}
            onClick={confirm}
            className={buttonClass("primary", "bg-red-700 hover:bg-red-800 active:bg-red-900")}
          >
            {busy ? labels.deleting : labels.confirm}
          </button>
        </div>
      </dialog>
    </>
  );
}
