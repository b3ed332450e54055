// A horizontal 0–100 bar that screen readers announce as a meter (its name comes from a visible label).
interface MeterBarProps {
  value: number;
  labelledBy: string;
  valueText: string;
  size?: "large" | "small";
}

export function MeterBar({ value, labelledBy, valueText, size = "small" }: MeterBarProps) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div
      role="meter"
      aria-labelledby={labelledBy}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={clamped}
      aria-valuetext={valueText}
      className={`w-full overflow-hidden rounded-full bg-line print:border print:border-black print:bg-white ${size === "large" ? "h-3" : "h-2"}`}
    >
      <div
        className="h-full rounded-full bg-brand-700 print:bg-black"
        style={{ width: `${clamped}%`, printColorAdjust: "exact", WebkitPrintColorAdjust: "exact" }}
      />
    </div>
  );
}
