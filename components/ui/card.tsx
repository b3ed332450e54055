import type { ReactNode } from "react";

// The white panel most content sits on.
export function Card({ children, className = "" }: { children: ReactNode; className?: string }) {
  return (
    <div className={`rounded-card border border-line bg-white p-5 shadow-card sm:p-6 ${className}`.trim()}>
      {children}
    </div>
  );
}
