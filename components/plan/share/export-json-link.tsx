"use client";
// The JSON export carries the answers and their whole history, so it is offered where they may be seen:
// to everyone when the owner shares them (a plain download link), else only in the owner's browser,
// which fetches the file with its token (never in a URL) and saves it.
import { useState } from "react";
import { useOwner } from "../owner/owner-context";

export interface ExportJsonLabels {
  json: string;
  hint: string;
  failed: string;
}

export function ExportJsonLink({ shared, className, labels }: { shared: boolean; className: string; labels: ExportJsonLabels }) {
  const { role, token, planId, locale } = useOwner();
  const [failed, setFailed] = useState(false);
  const href = `/api/plans/${encodeURIComponent(planId)}/export`;
  const fileName = `liftplan-${planId}.json`;
  if (!shared && (role !== "owner" || !token)) return null;

  async function download() {
    setFailed(false);
    try {
      const response = await fetch(href, { headers: { Authorization: `Bearer ${token}`, "Accept-Language": locale }, cache: "no-store" });
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const a = document.createElement("a");
      a.href = url;
      a.download = fileName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setFailed(true);
    }
  }

  return (
    <li>
      {shared ? (
        <a href={href} download={fileName} aria-describedby="export-json-hint" className={className} data-testid="export-json">
          {labels.json}
        </a>
      ) : (
        <button type="button" onClick={() => void download()} aria-describedby="export-json-hint" className={className} data-testid="export-json">
          {labels.json}
        </button>
      )}
      <p id="export-json-hint" className="text-sm text-muted">
        {labels.hint}
      </p>
      {failed && (
        <p role="alert" className="text-sm font-semibold text-red-900">
          {labels.failed}
        </p>
      )}
    </li>
  );
}
