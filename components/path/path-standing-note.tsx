// The newest scoring against the year ahead given at the start: ahead, on track or behind, and why
// (steps still to do or done early, areas that moved). General words and scores only, no amounts.
import { getFormatter, getTranslations } from "next-intl/server";
import type { PathStanding } from "@/lib/plan-path/standing";
import { maybe } from "@/lib/i18n/translate";
import { bandRangeText, stepName } from "@/lib/plan-text/path-words";

const MARK = { ahead: "▲", "on-track": "＝", behind: "▼" } as const;

export async function PathStandingNote({ standing }: { standing: PathStanding }) {
  const t = await getTranslations("path");
  const tBand = await getTranslations("plan.band");
  const tDims = await getTranslations("scoring.dimensions");
  const format = await getFormatter();
  const band = (id: PathStanding["band"]) => bandRangeText(id, format.number, tBand);
  const steps = (ids: string[]) => format.list(ids.map((id) => stepName(t, id)));
  const signed = (n: number) => format.number(n, { signDisplay: "exceptZero" });
  return (
    <div className="mt-4 rounded-card border border-line bg-white p-4 text-ink" data-testid="path-standing" data-standing={standing.standing}>
      <h3 className="font-semibold">{t("progress.heading")}</h3>
      <p className="mt-1 font-semibold" data-testid="path-standing-verdict">
        <span aria-hidden="true">{MARK[standing.standing]} </span>
        {t(`progress.${standing.standing}`)}
      </p>
      <p className="mt-1 text-sm">
        {t("progress.expected", {
          month: standing.expected.month,
          expected: standing.expected.score,
          expectedBand: band(standing.expected.band),
          score: standing.score,
          band: band(standing.band),
        })}
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
        {standing.behindSteps.length > 0 && <li data-testid="path-standing-behind">{t("progress.behindSteps", { steps: steps(standing.behindSteps) })}</li>}
        {standing.earlySteps.length > 0 && <li data-testid="path-standing-early">{t("progress.earlySteps", { steps: steps(standing.earlySteps) })}</li>}
        {standing.areas && (
          <li data-testid="path-standing-areas">
            {standing.areas.length === 0
              ? t("progress.unchanged")
              : t("progress.areas", {
                  areas: format.list(standing.areas.map((a) => t("progress.area", { name: maybe(tDims, `${a.id}.name`) ?? a.id, delta: signed(a.delta) }))),
                })}
          </li>
        )}
      </ul>
    </div>
  );
}
