// Where to ask, free: the official channels the diagnosis cites (docs/model.md, "Diagnosis"). The lender's
// own service gets words for a repayment arrangement; the others keep the diagnosis's cited texts.
import { useTranslations } from "next-intl";
import type { ChannelId } from "@/lib/scoring/diagnosis/types";

export function TriageHelp({ channels }: { channels: readonly ChannelId[] }) {
  const t = useTranslations("triage.help");
  const tChannels = useTranslations("diagnose.channels");
  return (
    <div className="mt-4" data-testid="triage-help">
      <h3 className="font-semibold">{t("heading")}</h3>
      <ul className="mt-2 space-y-2">
        {channels.map((id) => (
          <li key={id} data-testid={`triage-channel-${id}`}>
            <p className="font-semibold">{tChannels(`${id}.name`)}</p>
            <p className="mt-0.5">{id === "platform-service" ? t("platformService") : tChannels(`${id}.body`)}</p>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm">{t("free")}</p>
    </div>
  );
}
