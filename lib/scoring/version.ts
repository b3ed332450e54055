/** The model's version; a stored plan keeps the version it was scored with. */
export const MODEL_VERSION = "2026.2";
