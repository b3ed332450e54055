// One look for every button and button-like link, server or client. Each is at least 48px high
// so it is easy to hit with a thumb.
export type ButtonVariant = "primary" | "secondary" | "ghost";
export type ButtonSize = "md" | "sm";

const base =
  "inline-flex items-center justify-center gap-2 rounded-xl font-semibold no-underline transition-colors " +
  "disabled:cursor-not-allowed disabled:opacity-60";

const sizes: Record<ButtonSize, string> = {
  md: "min-h-12 px-5 py-3 text-base",
  // Still 44px high: small in look, not in reach.
  sm: "min-h-11 px-3 py-2 text-sm",
};

const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 text-white shadow-sm hover:bg-brand-800 active:bg-brand-900",
  secondary: "border border-line bg-white text-ink hover:bg-brand-50 active:bg-brand-100",
  ghost: "text-brand-700 underline-offset-4 hover:underline hover:bg-brand-50",
};

export function buttonClass(variant: ButtonVariant = "primary", extra = "", size: ButtonSize = "md"): string {
  return `${base} ${sizes[size]} ${variants[variant]} ${extra}`.trim();
}
