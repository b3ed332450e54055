// For the owner of a plan scored by an older model: the saved result (which stays as it was) beside what
// the current model says from the same answers. Rendered on the server (no i18n code in the browser);
// shown only in the owner's browser (OwnerOnly).
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { ModelComparison as Comparison } from "@/lib/scoring/model-version";
import { formatBandRange, MONEY_FORMAT } from "@/lib/plan-text/band-range";
import { CapNote } from "../limit/cap-note";
import { OwnerOnly } from "../owner/owner-only";

export async function ModelComparison({ comparison }: { comparison: Comparison }) {
  const t = await getTranslations("plan.modelCompare");
  const tBand = await getTranslations("plan.band");
  const format = await getFormatter();
  const band = (b: Comparison["saved"]["band"]) => formatBandRange(b, (n) => format.number(n, MONEY_FORMAT), tBand, "pausedShort");
  const { saved, current } = comparison;

  return (
    <OwnerOnly>
      <section
        aria-labelledby="model-compare-heading"
        data-testid="model-comparison"
        className="rounded-card border border-line bg-white p-5 shadow-card print:hidden sm:p-6"
      >
        <h2 id="model-compare-heading" className="text-xl font-semibold text-ink">
          {t("heading")}
        </h2>
        <p className="mt-1 text-sm text-muted">{t("body", { version: saved.modelVersion, current: current.modelVersion })}</p>
        <dl className="mt-3 grid gap-3 sm:grid-cols-2">
          <ResultBox testId="model-comparison-saved" label={t("saved", { version: saved.modelVersion })} band={band(saved.band)} bandId={saved.band.id} score={t("score", { score: saved.score })} />
          <ResultBox testId="model-comparison-current" label={t("current", { version: current.modelVersion })} band={band(current.band)} bandId={current.band.id} score={t("score", { score: current.score })} current>
            <CapNote result={current} />
          </ResultBox>
        </dl>
        <p className="mt-3 text-sm text-ink">{t("hint")}</p>
      </section>
    </OwnerOnly>
  );
}

/** One model's result; the current model's is the one drawn out. */
function ResultBox(props: {
  testId: string;
  label: string;
  band: string;
  bandId: string;
  score: string;
  current?: boolean;
  children?: ReactNode;
}) {
  return (
    <div className={props.current ? "rounded-lg border-2 border-brand-700 p-3" : "rounded-lg border border-line p-3"} data-testid={props.testId}>
      <dt className={props.current ? "text-sm font-semibold text-brand-900" : "text-sm font-semibold text-muted"}>{props.label}</dt>
      <dd className="mt-1 text-ink">
        <span className="block text-xl font-semibold" data-band={props.bandId}>
          {props.band}
        </span>
        <span className="tabular-nums">{props.score}</span>
        {props.children}
      </dd>
    </div>
  );
}
