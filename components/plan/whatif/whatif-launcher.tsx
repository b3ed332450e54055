"use client";
// The what-if section of the plan page. The simulator itself (and the scoring module it runs) is loaded
// only when someone opens it, so the plan page's first load stays small.
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import type { Profile } from "@/lib/profile/schema";

function Loading() {
  const t = useTranslations("whatif");
  return (
    <p role="status" className="mt-4 text-muted">
      {t("loading")}
    </p>
  );
}

const WhatIfPanel = dynamic(() => import("./whatif-panel").then((m) => m.WhatIfPanel), { ssr: false, loading: Loading });

export function WhatIfLauncher({ profile }: { profile: Profile }) {
  const t = useTranslations("whatif");
  const [open, setOpen] = useState(false);

  return (
    <section
      aria-labelledby="whatif-heading"
      data-testid="whatif"
      className="rounded-card border border-line bg-white p-5 shadow-card print:hidden sm:p-6"
    >
      <h2 id="whatif-heading" className="text-xl font-bold text-ink">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      {/* One button that opens and closes, so keyboard focus stays where it was. */}
      <button
        type="button"
        data-testid="whatif-toggle"
        aria-expanded={open}
        aria-controls="whatif-panel"
        onClick={() => setOpen((o) => !o)}
        className={buttonClass(open ? "secondary" : "primary", "mt-4")}
      >
        {open ? t("close") : t("open")}
      </button>
      <div id="whatif-panel">{open && <WhatIfPanel saved={profile} />}</div>
    </section>
  );
}
