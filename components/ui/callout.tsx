import type { ReactNode } from "react";

// A boxed note: information, a caution (scams, risks) or a problem the reader must act on.
export type CalloutTone = "info" | "warning" | "danger";

const tones: Record<CalloutTone, string> = {
  info: "border-brand-200 bg-brand-50 text-brand-900",
  warning: "border-amber-300 bg-amber-50 text-amber-950",
  danger: "border-red-300 bg-red-50 text-red-900",
};

export function Callout({
  tone = "info",
  title,
  titleAs: Title = "h2",
  role,
  children,
  className = "",
}: {
  tone?: CalloutTone;
  title?: ReactNode;
  titleAs?: "h2" | "h3" | "p";
  role?: "alert" | "status";
  children?: ReactNode;
  className?: string;
}) {
  return (
    <div role={role} className={`rounded-card border px-4 py-3 ${tones[tone]} ${className}`.trim()}>
      {title ? <Title className="font-semibold">{title}</Title> : null}
      {children ? <div className={title ? "mt-1" : ""}>{children}</div> : null}
    </div>
  );
}
