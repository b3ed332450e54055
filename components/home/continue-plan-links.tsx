"use client";
// The links to the plans this browser owns, read from localStorage after hydration. The first link's
// line is held by the server-rendered placeholder, so filling it in moves nothing.
import { useSyncExternalStore } from "react";
import { planPath } from "@/lib/http/plan-url";
import { buttonClass } from "@/components/ui/button-styles";
import { ownedPlanIds } from "@/components/plan/owner/owner-token";

const subscribe = (onChange: () => void) => {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
};
const read = (): string => {
  try {
    return ownedPlanIds(window.localStorage).join(" ");
  } catch {
    return "";
  }
};

export function ContinuePlanLinks({ locale, one, many }: { locale: string; one: string; many: string }) {
  const ids = useSyncExternalStore(subscribe, read, () => "").split(" ").filter(Boolean);
  const className = buttonClass("primary", "mt-3 w-full sm:w-auto");
  if (ids.length === 0) {
    // Before hydration: the same box as the link, so the page does not move when it arrives.
    return <span aria-hidden="true" className={`${className} invisible`}>{one}</span>;
  }
  return (
    <ul className="flex flex-wrap gap-2">
      {ids.map((id, i) => (
        <li key={id}>
          <a href={planPath(id, locale)} className={className} data-testid="continue-plan-link">
            {ids.length === 1 ? one : many.replace("{n}", String(i + 1))}
            <span aria-hidden="true">→</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
