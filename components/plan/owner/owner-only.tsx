"use client";
// Server-rendered content that only the plan's owner sees (decided in the browser: owner-context.tsx).
import type { ReactNode } from "react";
import { useOwner } from "./owner-context";

export function OwnerOnly({ children }: { children: ReactNode }) {
  return useOwner().role === "owner" ? <>{children}</> : null;
}
