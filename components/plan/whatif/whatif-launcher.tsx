"use client";
// The what-if section of the plan page. The simulator itself (the scoring module it runs, next-intl's
// client side and the catalogue) is loaded only when someone opens it, so the plan page's first load
// stays small; the section's own labels come from the server. It works on the answers, so it is there
// only where they may be seen: the owner's browser (once it has fetched them) or a plan whose owner
// shares them (owner-details.tsx); on the page a stranger is served it renders nothing.
import { useEffect, useState } from "react";
import type { Profile } from "@/lib/profile/schema";
import { useOwner } from "../owner/owner-context";
import { useDetailsProfile } from "../owner/owner-details";
import type { LoadedWhatIf } from "./whatif-lazy";

export interface WhatIfLabels {
  heading: string;
  /** One line under the heading while closed; the whole `intro` once open. */
  hint: string;
  intro: string;
  loading: string;
}

export function WhatIfLauncher({ labels, timeZone }: { labels: WhatIfLabels; timeZone: string }) {
  const { locale } = useOwner();
  const profile: Profile | null = useDetailsProfile();
  const [open, setOpen] = useState(false);
  const [Panel, setPanel] = useState<LoadedWhatIf | null>(null);

  useEffect(() => {
    if (!open || Panel) return;
    let live = true;
    void import("./whatif-lazy")
      .then(({ loadWhatIf }) => loadWhatIf(locale, timeZone))
      .then((loaded) => {
        if (live) setPanel(() => loaded);
      });
    return () => {
      live = false;
    };
  }, [open, Panel, locale, timeZone]);

  if (!profile) return null;
  return (
    <section data-testid="whatif" className="group rounded-card border border-line bg-white shadow-card print:hidden" data-open={open}>
      {/* Closed, one row like the folds below it (a heading holding the button that opens it, the
          accordion pattern), so the page stays short on a phone. */}
      <h2 className="text-ink">
        <button
          type="button"
          data-testid="whatif-toggle"
          aria-expanded={open}
          aria-controls="whatif-panel"
          aria-describedby="whatif-hint"
          onClick={() => setOpen((o) => !o)}
          className="flex min-h-11 w-full cursor-pointer items-center justify-between gap-3 px-4 pt-2.5 text-left font-semibold"
        >
          <span>{labels.heading}</span>
          <span aria-hidden="true" className="text-muted transition-transform group-data-[open=true]:rotate-180">
            ▾
          </span>
        </button>
      </h2>
      <p id="whatif-hint" className="px-4 pb-2.5 text-sm text-muted">
        {open ? labels.intro : labels.hint}
      </p>
      <div id="whatif-panel" className={open ? "border-t border-line p-4" : undefined}>
        {open &&
          (Panel ? (
            <Panel saved={profile} />
          ) : (
            <p role="status" className="text-muted">
              {labels.loading}
            </p>
          ))}
      </div>
    </section>
  );
}
