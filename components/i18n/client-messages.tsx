// The client side of the catalogue, per page: only the namespaces that page's client components
// translate with, so the HTML does not carry the whole catalogue and pages without any ship no use-intl.
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages } from "@/lib/i18n/pick-messages";

export async function ClientMessages({ namespaces, children }: { namespaces: readonly string[]; children: ReactNode }) {
  const messages = (await getMessages()) as Record<string, unknown>;
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces) as never}>{children}</NextIntlClientProvider>;
}
