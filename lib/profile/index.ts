export * from "./schema";
export { blankBusiness, blankProfile, defaultProfile, defaultBusiness, UNANSWERED } from "./defaults";
export { profileErrorMap } from "./error-map";
export { upgradeProfile } from "./upgrade";
export { anyProfileSchema } from "./any-profile";
