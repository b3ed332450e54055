export * from "./schema";
export { blankProfile, defaultProfile, defaultBusiness } from "./defaults";
export { profileErrorMap } from "./error-map";
export { upgradeProfile } from "./upgrade";
export { anyProfileSchema } from "./any-profile";
