// Shared request handling for the route handlers in app/api.
export { readJsonBody, MAX_BODY_BYTES } from "./body";
export { apiError, API_ERRORS } from "./errors";
export { bearerToken, WWW_AUTHENTICATE } from "./auth";
export { withApiErrors } from "./handler";
export { requestLocale } from "./locale";
export { publicOrigin } from "./origin";
export { json, noContent, NO_STORE } from "./respond";
export { limitPlanWrites } from "./limit-plan-writes";
export { profileJsonSchema } from "./profile-json-schema";
