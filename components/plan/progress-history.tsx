// Score and band at each rescoring, so the owner (and anyone they share with) can see progress.
import { getFormatter, getTranslations } from "next-intl/server";
import type { BandId } from "@/lib/scoring/types";
import { BANDS } from "@/lib/scoring";
import { formatBandRange, MONEY_FORMAT } from "./band-range";

export interface Snapshot {
  at: string;
  score: number;
  band: BandId;
}

export async function ProgressHistory({ snapshots }: { snapshots: Snapshot[] }) {
  // One snapshot is just the plan itself: nothing to compare yet.
  if (snapshots.length < 2) return null;
  const t = await getTranslations("plan.history");
  const tBand = await getTranslations("plan.band");
  const format = await getFormatter();
  const ordered = [...snapshots].sort((a, b) => b.at.localeCompare(a.at));

  return (
    <section aria-labelledby="history-heading" data-testid="plan-history">
      <h2 id="history-heading" className="text-xl font-bold text-ink">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      <table className="mt-3 w-full text-left text-sm">
        <thead>
          <tr className="border-b border-line text-ink">
            <th scope="col" className="py-2 pr-3 font-semibold">{t("date")}</th>
            <th scope="col" className="py-2 pr-3 font-semibold">{t("score")}</th>
            <th scope="col" className="py-2 font-semibold">{t("band")}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((s) => (
            <tr key={s.at} className="border-b border-line text-ink">
              <td className="py-2 pr-3">{format.dateTime(new Date(s.at), { dateStyle: "medium", timeStyle: "short" })}</td>
              <td className="py-2 pr-3 tabular-nums">{s.score}</td>
              <td className="py-2">
                {formatBandRange({ id: s.band, ...BANDS[s.band] }, (n) => format.number(n, MONEY_FORMAT), tBand, "pausedShort")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
