import { apiError } from "./errors";
import { requestLocale } from "./locale";

/**
 * Wraps a route handler so that nothing unexpected leaks: any thrown error becomes a plain 500
 * { error: "internal" } in the caller's language. Only the error's class name is logged — never the
 * message, the stack (which could quote user input), the plan id or the client's address.
 */
export function withApiErrors<Rest extends unknown[]>(
  route: string,
  handler: (request: Request, ...rest: Rest) => Promise<Response>,
): (request: Request, ...rest: Rest) => Promise<Response> {
  return async (request, ...rest) => {
    try {
      return await handler(request, ...rest);
    } catch (error) {
      const name = error instanceof Error ? error.name : typeof error;
      console.error(`[api] ${route}: unexpected ${name}`);
      return apiError(requestLocale(request), "internal");
    }
  };
}
