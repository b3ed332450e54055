// "Since last time": the newest scoring against the one before, in words, with arrows that do not rely
// on colour alone.
import { getFormatter, getTranslations } from "next-intl/server";
import type { Change } from "@/lib/plan-path/since-last-time";
import { maybe } from "@/lib/i18n/translate";

export async function SinceLastTimeNote({ change, date, bandFrom, bandTo }: { change: Change; date: string; bandFrom: string; bandTo: string }) {
  const t = await getTranslations("progress");
  const tDims = await getTranslations("scoring.dimensions");
  const format = await getFormatter();
  const signed = (delta: number) => format.number(delta, { signDisplay: "exceptZero" });
  const arrow = (delta: number) => (delta > 0 ? "▲" : delta < 0 ? "▼" : "＝");
  const moved = change.dimensions?.filter((d) => d.delta !== 0) ?? [];
  return (
    <div data-testid="since-last-time" className="mt-4 rounded-card border border-line bg-white p-4 text-ink">
      <h3 className="font-semibold">{t("since.heading", { date })}</h3>
      <p className="mt-1" data-testid="since-score" data-delta={change.scoreDelta}>
        <span aria-hidden="true">{arrow(change.scoreDelta)} </span>
        {change.scoreDelta === 0 ? t("since.scoreSame") : t("since.score", { delta: signed(change.scoreDelta), from: change.scoreFrom, to: change.scoreTo })}
      </p>
      <p className="mt-1" data-testid="since-band">
        {change.bandFrom === change.bandTo ? t("since.bandSame", { band: bandTo }) : t("since.band", { from: bandFrom, to: bandTo })}
      </p>
      {change.dimensions && (
        <ul className="mt-2 space-y-1 text-sm" data-testid="since-dimensions">
          {moved.length === 0 && <li>{t("since.dimensionsSame")}</li>}
          {moved.map((d) => (
            <li key={d.id} data-testid={`since-${d.id}`}>
              <span aria-hidden="true">{arrow(d.delta)} </span>
              {t("since.dimension", { name: maybe(tDims, `${d.id}.name`) ?? d.id, delta: signed(d.delta), from: d.from, to: d.to })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
