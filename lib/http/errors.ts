// Error responses of the API: { error: code, message, issues? }, the message in the request's language.
import type { Locale } from "@/lib/i18n/routing";
import { translatorFor } from "@/lib/i18n/translator";
import { json } from "./respond";

export const API_ERRORS = {
  invalid_profile: 400,
  invalid_request: 400,
  invalid_json: 400,
  unauthorized: 401,
  not_found: 404,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
} as const;

export type ApiErrorCode = keyof typeof API_ERRORS;

export interface ApiIssue {
  path: (string | number)[];
  message: string;
}

export interface ApiErrorBody {
  error: ApiErrorCode;
  message: string;
  issues?: ApiIssue[];
}

export interface ApiErrorOptions {
  /** Message key under api.errors when it differs from the code (a more specific wording). */
  messageKey?: string;
  values?: Record<string, string | number>;
  issues?: ApiIssue[];
  headers?: HeadersInit;
}

export function apiError(locale: Locale, code: ApiErrorCode, options: ApiErrorOptions = {}): Response {
  const t = translatorFor(locale, "api.errors");
  const body: ApiErrorBody = { error: code, message: t(options.messageKey ?? code, options.values) };
  if (options.issues) body.issues = options.issues;
  return json(body, API_ERRORS[code], options.headers);
}
