// The profile of contract v2 (and v1, still accepted): the single source of truth for form validation,
// API validation, TypeScript types and the published JSON Schema. Messages are left to the error map
// (lib/profile/error-map.ts) so that they come out in the reader's language.
import { z } from "zod";

// No `new Function` fast path: the pages' Content-Security-Policy forbids eval, and zod would otherwise
// probe for it (a reported CSP violation) before falling back to the same checks without it.
z.config({ jitless: true });

const int = (min: number, max: number) => z.number().int().min(min).max(max);
const amount = (max: number) => z.number().min(0).max(max);

export const repaymentSchema = z.strictObject({
  onTimeMonths: int(0, 600),
  latePayments12m: int(0, 60),
  currentlyOverdue: z.boolean(),
  autopay: z.boolean(),
});

const borrowingV1Fields = {
  draws6m: int(0, 200),
  applications3m: int(0, 100),
  activeLenders: int(0, 50),
};
export const borrowingSchemaV1 = z.strictObject(borrowingV1Fields);
export const borrowingSchema = z.strictObject({ ...borrowingV1Fields, largestDraw6m: amount(1_000_000).nullable() });

export const INCOME_SOURCES = ["salary", "business", "freelance", "pension", "none"] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];

const financesV1Fields = {
  monthlyIncome: amount(10_000_000),
  monthlyDebtPayments: amount(10_000_000),
  currentLimit: amount(1_000_000).nullable(),
  usedLimit: amount(1_000_000).nullable(),
};

// Only comparable when both are known: "I don't know my limit" must not block the balance.
const usedWithinLimit = (f: { currentLimit: number | null; usedLimit: number | null }, ctx: z.RefinementCtx) => {
  if (f.currentLimit !== null && f.usedLimit !== null && f.usedLimit > f.currentLimit) {
    ctx.addIssue({ code: "custom", path: ["usedLimit"], params: { rule: "usedLimitOverLimit" }, input: f.usedLimit });
  }
};

export const financesSchemaV1 = z.strictObject(financesV1Fields).superRefine(usedWithinLimit);
export const financesSchema = z
  .strictObject({ ...financesV1Fields, incomeSource: z.enum(INCOME_SOURCES), incomeProof: z.boolean() })
  .superRefine(usedWithinLimit);

const assetsV1Fields = {
  liquidSavings: amount(1_000_000_000),
  investments: amount(1_000_000_000),
  ownsProperty: z.boolean(),
  ownsCar: z.boolean(),
  providentFund: z.boolean(),
};
export const assetsSchemaV1 = z.strictObject(assetsV1Fields);
export const assetsSchema = z.strictObject({ ...assetsV1Fields, declared: z.boolean() });

export const ecosystemSchema = z.strictObject({
  accountYears: amount(25),
  monthlyTransactions: int(0, 10_000),
  billsLinked: z.boolean(),
  cardsLinked: int(0, 30),
  huabeiActive: z.boolean(),
  profileComplete: z.boolean(),
  zhimaScore: int(350, 950).nullable(),
});

export const spendingSchema = z.strictObject({
  monthlySpending: amount(100_000_000),
  categories: int(0, 20),
  largePurchases3m: int(0, 100),
});

const businessV1Fields = {
  registered: z.boolean(),
  monthlyRevenue: amount(1_000_000_000),
  taxRecords: z.boolean(),
};
export const businessSchemaV1 = z.strictObject(businessV1Fields);
export const businessSchema = z.strictObject({
  ...businessV1Fields,
  paymentsReceived: int(0, 100_000).nullable(),
  monthlyPurchases: amount(1_000_000_000).nullable(),
});

export const PURPOSES = ["personal", "business"] as const;

// A business block exactly when the purpose is business.
const businessMatchesPurpose = (p: { purpose: Purpose; business?: unknown }, ctx: z.RefinementCtx) => {
  if (p.purpose === "business" && p.business === undefined) {
    ctx.addIssue({ code: "custom", path: ["business"], params: { rule: "businessRequired" }, input: undefined });
  }
  if (p.purpose === "personal" && p.business !== undefined) {
    ctx.addIssue({ code: "custom", path: ["business"], params: { rule: "businessNotAllowed" }, input: p.business });
  }
};

/** Contract v1: still accepted everywhere, upgraded to v2 before it is scored. */
export const profileSchemaV1 = z
  .strictObject({
    version: z.literal(1),
    purpose: z.enum(PURPOSES),
    repayment: repaymentSchema,
    borrowing: borrowingSchemaV1,
    finances: financesSchemaV1,
    assets: assetsSchemaV1,
    ecosystem: ecosystemSchema,
    spending: spendingSchema,
    business: businessSchemaV1.optional(),
  })
  .superRefine(businessMatchesPurpose);

/** Contract v2, the current profile: what the questionnaire produces and the model scores. */
export const profileSchema = z
  .strictObject({
    version: z.literal(2),
    purpose: z.enum(PURPOSES),
    repayment: repaymentSchema,
    borrowing: borrowingSchema,
    finances: financesSchema,
    assets: assetsSchema,
    ecosystem: ecosystemSchema,
    spending: spendingSchema,
    business: businessSchema.optional(),
  })
  .superRefine(businessMatchesPurpose);

export type Profile = z.infer<typeof profileSchema>;
export type ProfileV1 = z.infer<typeof profileSchemaV1>;
export type AnyProfile = Profile | ProfileV1;
export type Business = z.infer<typeof businessSchema>;
export type Purpose = (typeof PURPOSES)[number];

/** The questionnaire's sections, in the order they are asked. `business` only when purpose is business. */
export const SECTIONS = ["repayment", "borrowing", "finances", "assets", "ecosystem", "spending", "business"] as const;
export type Section = (typeof SECTIONS)[number];
