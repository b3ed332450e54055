"use client";
// The what-if section of the plan page. The simulator itself (the scoring module it runs, next-intl's
// client side and the catalogue) is loaded only when someone opens it, so the plan page's first load
// stays small; the section's own labels come from the server. It works on the answers, so it is there
// only where they may be seen: the owner's browser (once it has fetched them) or a plan whose owner
// shares them (owner-details.tsx); on the page a stranger is served it renders nothing.
import { useEffect, useState } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import type { Profile } from "@/lib/profile/schema";
import { useOwner } from "../owner/owner-context";
import { useDetailsProfile } from "../owner/owner-details";
import type { LoadedWhatIf } from "./whatif-lazy";

export interface WhatIfLabels {
  heading: string;
  intro: string;
  open: string;
  close: string;
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
    <section
      aria-labelledby="whatif-heading"
      data-testid="whatif"
      className="rounded-card border border-line bg-white p-5 shadow-card print:hidden sm:p-6"
    >
      <h2 id="whatif-heading" className="text-xl font-semibold text-ink">
        {labels.heading}
      </h2>
      <p className="mt-1 text-sm text-muted">{labels.intro}</p>
      {/* One button that opens and closes, so keyboard focus stays where it was. */}
      <button
        type="button"
        data-testid="whatif-toggle"
        aria-expanded={open}
        aria-controls="whatif-panel"
        onClick={() => setOpen((o) => !o)}
        className={buttonClass(open ? "secondary" : "primary", "mt-4")}
      >
        {open ? labels.close : labels.open}
      </button>
      <div id="whatif-panel">
        {open &&
          (Panel ? (
            <Panel saved={profile} />
          ) : (
            <p role="status" className="mt-4 text-muted">
              {labels.loading}
            </p>
          ))}
      </div>
    </section>
  );
}
