// "Step 3 of 8" as text and as a progress bar that assistive technology can read.
export function StepProgress({
  current,
  total,
  label,
  text,
  section,
}: {
  current: number;
  total: number;
  label: string;
  text: string;
  section: string;
}) {
  const percent = Math.round((current / total) * 100);
  return (
    <div className="space-y-2">
      <div className="flex items-baseline justify-between gap-3 text-sm">
        <span className="font-semibold text-brand-800" data-testid="step-indicator">
          {text}
        </span>
        <span className="truncate text-muted">{section}</span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={current}
        aria-valuetext={text}
        className="h-2 overflow-hidden rounded-full bg-brand-100"
      >
        <div className="h-full rounded-full bg-brand-600 transition-[width] duration-300" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
