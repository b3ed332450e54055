// The way into the diagnosis from another page ("limit cut or line closed?"); from a plan it carries the
// plan's id, so its owner can start from the saved answers.
import Link from "next/link";
import { localePath } from "@/lib/i18n/paths";

export function DiagnoseLink({ locale, label, planId }: { locale: string; label: string; planId?: string }) {
  const query = planId ? `?plan=${encodeURIComponent(planId)}` : "";
  return (
    <Link
      href={`${localePath(locale, "/diagnose")}${query}`}
      className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4 hover:text-brand-800"
      data-testid="diagnose-link"
    >
      {label}
    </Link>
  );
}
