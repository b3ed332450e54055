// The warning people most need at this moment, rendered on the server so it shows before any script runs:
// nobody can raise or restore a limit for a fee, and "credit repair" is a scam (the central bank's words).
import { getTranslations } from "next-intl/server";
import { Callout } from "@/components/ui/callout";

const SIGNS = ["fee", "delete", "insider", "screen", "loan"] as const;

export async function ScamWarning() {
  const t = await getTranslations("diagnose.scam");
  return (
    <section aria-labelledby="scam-title" data-testid="scam-warning">
      <Callout tone="danger" title={<span id="scam-title">{t("title")}</span>}>
        <p>{t("body")}</p>
        <h3 className="mt-3 font-semibold">{t("signsHeading")}</h3>
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {SIGNS.map((id) => (
            <li key={id}>{t(`signs.${id}`)}</li>
          ))}
        </ul>
        <p className="mt-3 font-semibold">{t("report")}</p>
      </Callout>
    </section>
  );
}
