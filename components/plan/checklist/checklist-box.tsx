"use client";
// The "Done" tick box on a step. Enabled only for the owner; viewers see the owner's progress read-only.
// An unsaved result (no plan behind it) has nothing to tick: no box.
import { useMaybeOwner, type OwnerContextValue } from "@/components/plan/owner/owner-context";
import { isChecked, statusOf } from "./checklist-state";

/** `label` is the accessible name, e.g. "Done: Switch on automatic repayment". */
export function ChecklistBox({ id, label }: { id: string; label: string }) {
  const owner = useMaybeOwner();
  if (!owner) return null;
  return <PlanChecklistBox id={id} label={label} {...owner} />;
}

function PlanChecklistBox({
  id,
  label,
  role,
  checklist,
  toggle,
  labels,
}: { id: string; label: string } & Pick<OwnerContextValue, "role" | "checklist" | "toggle" | "labels">) {
  const checked = isChecked(checklist, id);
  const status = statusOf(checklist, id);
  const editable = role === "owner";
  const message =
    status === "saving" ? labels.saving
    : status === "saved" ? labels.saved
    : status === "failed" ? labels.failed
    : status === "unauthorized" ? labels.unauthorized
    : "";
  const problem = status === "failed" || status === "unauthorized";

  return (
    <div className="flex shrink-0 flex-col items-end gap-1 print:hidden">
      <label
        className={`inline-flex min-h-11 items-center gap-2 rounded-lg border px-3 py-1.5 text-sm font-semibold ${
          editable ? "cursor-pointer border-muted bg-white text-ink hover:bg-brand-50" : "border-line bg-canvas text-muted"
        } ${checked ? "border-brand-700 bg-brand-50" : ""}`}
      >
        <input
          type="checkbox"
          data-testid={`rec-${id}-done`}
          className="size-5 accent-brand-700"
          checked={checked}
          disabled={!editable}
          aria-label={label}
          aria-describedby={message ? `rec-${id}-status` : undefined}
          onChange={(event) => toggle(id, event.currentTarget.checked)}
        />
        {labels.done}
      </label>
      <span
        id={`rec-${id}-status`}
        role="status"
        data-testid={`rec-${id}-status`}
        data-status={status}
        className={`max-w-56 text-right text-sm ${problem ? "font-semibold text-red-800" : "text-muted"}`}
      >
        {message}
      </span>
    </div>
  );
}
