// Turns zod's issues into short, specific messages in the reader's language. The same map serves
// the questionnaire (inline, beside the field) and the HTTP API (with the issue's path beside it).
import type { z } from "zod";
import type { Translator } from "@/lib/i18n/translate";

const formatNumber = (n: number | bigint) => (typeof n === "bigint" ? n.toString() : String(n));

/** `t` translates the `validation` namespace of the message catalogue. */
export function profileErrorMap(t: Translator): z.core.$ZodErrorMap {
  return (issue) => {
    switch (issue.code) {
      case "invalid_type":
        if (issue.input === undefined) return t("required");
        // NaN is the questionnaire's empty box: the question has not been answered yet.
        if (typeof issue.input === "number" && Number.isNaN(issue.input)) return t("answerNeeded");
        if (issue.expected === "int") return t("notInteger");
        if (issue.expected === "number") return t("notNumber");
        if (issue.expected === "boolean") return t("notBoolean");
        if (issue.expected === "object") return t("notObject");
        return t("wrongType", { expected: String(issue.expected) });
      case "too_small":
        return t("tooSmall", { min: formatNumber(issue.minimum) });
      case "too_big":
        return t("tooBig", { max: formatNumber(issue.maximum) });
      case "unrecognized_keys":
        return t("unknownKeys", { keys: issue.keys.join(", ") });
      case "invalid_value":
        return t("invalidOption", { options: issue.values.map((v) => String(v)).join(", ") });
      case "invalid_union":
        // A profile whose `version` is missing or neither 1 nor 2: name the versions accepted.
        if ((issue as { discriminator?: string }).discriminator === "version") return t("invalidOption", { options: "1, 2" });
        return t("invalid");
      case "custom": {
        const rule = (issue.params as { rule?: string } | undefined)?.rule;
        return rule ? t(rule) : t("invalid");
      }
      default:
        return t("invalid");
    }
  };
}
