import type { ReactNode } from "react";
import "./globals.css";

// The real document (<html lang>, <body>) is rendered by app/[locale]/layout.tsx, which knows the
// language. This root layout exists because app/not-found.tsx (paths outside any locale) needs one.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
