"use client";
// The live simulator: tick steps from the plan or change key answers, and the band, score and areas
// move at once. Scored in the browser by lib/scoring (the server's own module); the only request it ever
// makes is the owner's "save as a new snapshot".
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useReducer, useState } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import type { Profile } from "@/lib/profile/schema";
import { evaluate } from "@/lib/scoring";
import { formatBandRange, MONEY_FORMAT } from "@/lib/plan-text/band-range";
import { useOwner } from "../owner/owner-context";
import { patchProfile } from "../owner/plan-api";
import { initialWhatIf, simulate, whatIfReducer } from "@/lib/whatif/simulation";
import { useAnnouncement } from "./use-announcement";
import { WhatIfAnswers } from "./whatif-answers";
import { WhatIfPath } from "./whatif-path";
import { WhatIfDetails, WhatIfSummary } from "./whatif-result";
import { WhatIfSteps } from "./whatif-steps";

type SaveStatus = "idle" | "saving" | "saved" | "failed" | "unauthorized";

export function WhatIfPanel({ saved }: { saved: Profile }) {
  const t = useTranslations("whatif");
  const tBand = useTranslations("plan.band");
  const format = useFormatter();
  const router = useRouter();
  const { role, token, planId, locale } = useOwner();
  const [state, dispatch] = useReducer(whatIfReducer, saved, initialWhatIf);
  const [status, setStatus] = useState<SaveStatus>("idle");

  // After a save the page is refreshed with the new answers: they are the new starting point.
  useEffect(() => {
    if (state.saved !== saved) dispatch({ type: "reset", saved });
  }, [saved, state.saved]);

  const baseline = useMemo(() => evaluate(saved), [saved]);
  const sim = useMemo(() => simulate(state), [state]);
  const bandText = (band: typeof baseline.band) => formatBandRange(band, (n) => format.number(n, MONEY_FORMAT), tBand, "pausedShort");
  const announcement = useAnnouncement(t("result.announce", { band: bandText(sim.result.band), score: sim.result.score }));

  async function save() {
    if (!token || status === "saving" || sim.unchanged) return;
    setStatus("saving");
    const outcome = await patchProfile(planId, token, locale, sim.profile);
    if (outcome.ok) {
      setStatus("saved");
      router.refresh();
    } else {
      setStatus(outcome.reason === "unauthorized" ? "unauthorized" : "failed");
    }
  }

  const statusText =
    status === "saving" ? t("saving")
    : status === "saved" ? t("saved")
    : status === "failed" ? t("saveFailed")
    : status === "unauthorized" ? t("unauthorized")
    : "";

  return (
    <div className="mt-4 space-y-6" data-testid="whatif-panel">
      <WhatIfSummary result={sim.result} baseline={baseline} bandText={bandText} />
      <WhatIfDetails result={sim.result} baseline={baseline} profile={sim.profile} savedSteps={baseline.recommendations.map((r) => r.id)} />
      <WhatIfPath result={sim.result} />
      <p role="status" aria-live="polite" aria-atomic="true" className="sr-only" data-testid="whatif-announcement">
        {announcement}
      </p>

      <WhatIfSteps
        saved={saved}
        offered={baseline.recommendations}
        band={baseline.band.id}
        ticked={state.steps}
        onToggle={(id, on) => {
          setStatus("idle");
          dispatch({ type: "step", id, on });
        }}
      />
      <WhatIfAnswers
        saved={saved}
        answers={state.answers}
        onChange={(key, value) => {
          setStatus("idle");
          dispatch({ type: "answer", key, value });
        }}
      />

      <div className="space-y-3 border-t border-line pt-4">
        <div className="flex flex-wrap gap-3">
          <button
            type="button"
            data-testid="whatif-reset"
            onClick={() => {
              setStatus("idle");
              dispatch({ type: "reset" });
            }}
            disabled={sim.unchanged}
            className={buttonClass("secondary")}
          >
            {t("reset")}
          </button>
          {role === "owner" && (
            <button
              type="button"
              data-testid="whatif-save"
              onClick={save}
              disabled={sim.unchanged || status === "saving"}
              aria-describedby="whatif-save-hint"
              className={buttonClass("primary")}
            >
              {status === "saving" ? t("saving") : t("save")}
            </button>
          )}
        </div>
        {sim.unchanged && <p className="text-sm text-muted">{t("unchanged")}</p>}
        {role === "owner" && (
          <p id="whatif-save-hint" className="text-sm text-muted">
            {t("saveHint")}
          </p>
        )}
        <p
          role="status"
          data-testid="whatif-save-status"
          data-status={status}
          className={`min-h-5 text-sm ${status === "failed" || status === "unauthorized" ? "text-red-800" : "text-ink"}`}
        >
          {statusText}
        </p>
      </div>
    </div>
  );
}
