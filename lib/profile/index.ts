export * from "./schema";
export { defaultProfile, defaultBusiness } from "./defaults";
export { profileErrorMap, type ValidationTranslator } from "./error-map";
export { upgradeProfile } from "./upgrade";
export { anyProfileSchema } from "./any-profile";
