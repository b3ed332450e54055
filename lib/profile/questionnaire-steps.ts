// The questionnaire's steps and questions. Which questions exist and their order live here; what
// each accepts (boolean or number, range, integer, nullable) is read from the profile schema by
// field-specs.ts, on the server, so the form can never drift from the contract. No zod import here:
// this module is part of the questionnaire's first load.
import type { Profile, Purpose, Section } from "./schema";

export type StepId = "purpose" | Section;

/** A question's form path, e.g. "repayment.onTimeMonths". */
export type FieldName =
  | "purpose"
  | { [S in Section]: `${S}.${keyof NonNullable<Profile[S]> & string}` }[Section];

/** What a number is counted in; shown beside the input. */
export type Unit = "yuan" | "months" | "times" | "lenders" | "years" | "cards" | "points" | "categories";

/** Every step in order. `business` is asked only when the purpose is business. */
export const STEPS = [
  { id: "purpose", fields: ["purpose"] },
  {
    id: "repayment",
    fields: ["repayment.onTimeMonths", "repayment.latePayments12m", "repayment.currentlyOverdue", "repayment.autopay"],
  },
  {
    id: "borrowing",
    fields: ["borrowing.draws6m", "borrowing.largestDraw6m", "borrowing.applications3m", "borrowing.activeLenders"],
  },
  {
    id: "finances",
    // The source comes first: it decides how the income and its proof are worded.
    fields: [
      "finances.incomeSource",
      "finances.monthlyIncome",
      "finances.incomeProof",
      "finances.monthlyDebtPayments",
      "finances.currentLimit",
      "finances.usedLimit",
    ],
  },
  {
    id: "assets",
    fields: [
      "assets.liquidSavings",
      "assets.investments",
      "assets.ownsProperty",
      "assets.ownsCar",
      "assets.declared",
      "assets.providentFund",
    ],
  },
  {
    id: "ecosystem",
    fields: [
      "ecosystem.accountYears",
      "ecosystem.monthlyTransactions",
      "ecosystem.billsLinked",
      "ecosystem.cardsLinked",
      "ecosystem.huabeiActive",
      "ecosystem.profileComplete",
      "ecosystem.zhimaScore",
    ],
  },
  { id: "spending", fields: ["spending.monthlySpending", "spending.categories", "spending.largePurchases3m"] },
  {
    id: "business",
    fields: [
      "business.registered",
      "business.monthlyRevenue",
      "business.paymentsReceived",
      "business.monthlyPurchases",
      "business.taxRecords",
    ],
  },
] as const satisfies readonly { id: StepId; fields: readonly FieldName[] }[];

export type Step = (typeof STEPS)[number];

/** The unit of every number question (a missing one is a type error). */
export const UNITS = {
  "repayment.onTimeMonths": "months",
  "repayment.latePayments12m": "times",
  "borrowing.draws6m": "times",
  "borrowing.largestDraw6m": "yuan",
  "borrowing.applications3m": "times",
  "borrowing.activeLenders": "lenders",
  "finances.monthlyIncome": "yuan",
  "finances.monthlyDebtPayments": "yuan",
  "finances.currentLimit": "yuan",
  "finances.usedLimit": "yuan",
  "assets.liquidSavings": "yuan",
  "assets.investments": "yuan",
  "ecosystem.accountYears": "years",
  "ecosystem.monthlyTransactions": "times",
  "ecosystem.cardsLinked": "cards",
  "ecosystem.zhimaScore": "points",
  "spending.monthlySpending": "yuan",
  "spending.categories": "categories",
  "spending.largePurchases3m": "times",
  "business.monthlyRevenue": "yuan",
  "business.paymentsReceived": "times",
  "business.monthlyPurchases": "yuan",
} as const satisfies Partial<Record<FieldName, Unit>>;

export type NumberFieldName = keyof typeof UNITS;

export type FieldSpec =
  | { kind: "purpose"; name: "purpose" }
  | { kind: "boolean"; name: FieldName; section: Section; field: string }
  /** One of a fixed list of words (the income source), read from the schema's enum. */
  | { kind: "choice"; name: FieldName; section: Section; field: string; options: readonly string[] }
  | {
      kind: "number";
      name: NumberFieldName;
      section: Section;
      field: string;
      unit: Unit;
      min: number;
      max: number;
      integer: boolean;
      nullable: boolean;
    };

/** The spec of every question, keyed by field name (worked out on the server: field-specs.ts). */
export type FieldSpecs = Record<FieldName, FieldSpec>;

/** The steps a person sees: the business step only when the line funds a business. */
export function visibleSteps(purpose: Purpose | undefined): Step[] {
  return STEPS.filter((step) => step.id !== "business" || purpose === "business");
}

/** Every question in asking order (including business questions). */
export const ALL_FIELDS: readonly FieldName[] = STEPS.flatMap((step) => step.fields);

/**
 * The step an error path belongs to: a field ("finances.usedLimit"), a whole section
 * ("business") or a dotted/array path from the server (["finances", "usedLimit"]).
 */
export function stepOfPath(path: string | readonly (string | number)[]): StepId | undefined {
  const head = String(typeof path === "string" ? path.split(".")[0] : path[0]);
  return STEPS.find((step) => step.id === head)?.id;
}

/** Index (within `steps`) of the first step holding any of the error paths, or -1. */
export function firstStepWithError(steps: readonly Step[], errorPaths: readonly string[]): number {
  const stepsWithErrors = new Set(errorPaths.map((path) => stepOfPath(path)));
  return steps.findIndex((step) => stepsWithErrors.has(step.id));
}

/** The dotted paths of every message in a react-hook-form errors tree. */
export function errorPaths(errors: unknown, prefix = ""): string[] {
  if (!errors || typeof errors !== "object") return [];
  const node = errors as Record<string, unknown>;
  if (typeof node.message === "string" || typeof node.type === "string") return prefix ? [prefix] : [];
  return Object.entries(node).flatMap(([key, child]) =>
    key === "ref" || key === "root" ? [] : errorPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}
