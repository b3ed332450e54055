// Reads a JSON request body safely: right media type, bounded size (counted on the bytes actually
// received, not on what Content-Length claims), well-formed JSON without prototype keys, then the zod schema.
import type { z } from "zod";
import type { Locale } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";
import { profileErrorMap } from "@/lib/profile/error-map";
import { apiError, type ApiErrorCode, type ApiIssue } from "./errors";
import { forbiddenKeyPath } from "./forbidden-keys";

export const MAX_BODY_BYTES = 64 * 1024;

export type BodyResult<T> = { ok: true; data: T } | { ok: false; response: Response };

export async function readJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  locale: Locale,
  invalidCode: Extract<ApiErrorCode, "invalid_profile" | "invalid_request"> = "invalid_profile",
): Promise<BodyResult<z.output<S>>> {
  const fail = (code: ApiErrorCode, options?: Parameters<typeof apiError>[2]) => ({
    ok: false as const,
    response: apiError(locale, code, options),
  });

  if (!isJsonContentType(request.headers.get("content-type"))) return fail("unsupported_media_type");
  const tooLarge = () => fail("too_large", { values: { maxKb: MAX_BODY_BYTES / 1024 } });
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return tooLarge();

  const bytes = await readAtMost(request, MAX_BODY_BYTES);
  if (bytes === null) return tooLarge();

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return fail("invalid_json", { messageKey: "invalid_json_encoding" });
  }
  if (text.trim() === "") return fail("invalid_json", { messageKey: "invalid_json_empty" });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail("invalid_json");
  }
  const forbidden = forbiddenKeyPath(value);
  if (forbidden) {
    const message = translatorFor(locale, "api.errors")("invalid_json_key");
    return fail(invalidCode, { issues: [{ path: forbidden, message }], values: { count: 1 } });
  }

  const parsed = schema.safeParse(value, { error: profileErrorMap(translatorFor(locale, "validation")) });
  if (!parsed.success) {
    const issues: ApiIssue[] = parsed.error.issues.map((issue) => ({
      path: issue.path.map((key) => (typeof key === "symbol" ? String(key) : key)),
      message: issue.message,
    }));
    return fail(invalidCode, { issues, values: { count: issues.length } });
  }
  return { ok: true, data: parsed.data };
}

/** application/json, optionally with charset=utf-8 (the only encoding JSON may use on the wire). */
export function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  const [type = "", ...params] = header.split(";").map((part) => part.trim().toLowerCase());
  if (type !== "application/json") return false;
  return params.every((param) => !param.startsWith("charset=") || /^charset="?utf-8"?$/.test(param));
}

/** The body's bytes, or null as soon as it grows past the limit (the rest is never read). */
async function readAtMost(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
