// The profile of contract v1: the single source of truth for form validation, API validation,
// TypeScript types and the published JSON Schema. Messages are left to the error map
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

export const borrowingSchema = z.strictObject({
  draws6m: int(0, 200),
  applications3m: int(0, 100),
  activeLenders: int(0, 50),
});

export const financesSchema = z
  .strictObject({
    monthlyIncome: amount(10_000_000),
    monthlyDebtPayments: amount(10_000_000),
    currentLimit: amount(1_000_000).nullable(),
    usedLimit: amount(1_000_000).nullable(),
  })
  .superRefine((f, ctx) => {
    // Only comparable when both are known: "I don't know my limit" must not block the balance.
    if (f.currentLimit !== null && f.usedLimit !== null && f.usedLimit > f.currentLimit) {
      ctx.addIssue({
        code: "custom",
        path: ["usedLimit"],
        params: { rule: "usedLimitOverLimit" },
        input: f.usedLimit,
      });
    }
  });

export const assetsSchema = z.strictObject({
  liquidSavings: amount(1_000_000_000),
  investments: amount(1_000_000_000),
  ownsProperty: z.boolean(),
  ownsCar: z.boolean(),
  providentFund: z.boolean(),
});

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

export const businessSchema = z.strictObject({
  registered: z.boolean(),
  monthlyRevenue: amount(1_000_000_000),
  taxRecords: z.boolean(),
});

export const PURPOSES = ["personal", "business"] as const;

export const profileSchema = z
  .strictObject({
    version: z.literal(1),
    purpose: z.enum(PURPOSES),
    repayment: repaymentSchema,
    borrowing: borrowingSchema,
    finances: financesSchema,
    assets: assetsSchema,
    ecosystem: ecosystemSchema,
    spending: spendingSchema,
    business: businessSchema.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.purpose === "business" && p.business === undefined) {
      ctx.addIssue({ code: "custom", path: ["business"], params: { rule: "businessRequired" }, input: undefined });
    }
    if (p.purpose === "personal" && p.business !== undefined) {
      ctx.addIssue({ code: "custom", path: ["business"], params: { rule: "businessNotAllowed" }, input: p.business });
    }
  });

export type Profile = z.infer<typeof profileSchema>;
export type Business = z.infer<typeof businessSchema>;
export type Purpose = (typeof PURPOSES)[number];

/** The questionnaire's sections, in the order they are asked. `business` only when purpose is business. */
export const SECTIONS = ["repayment", "borrowing", "finances", "assets", "ecosystem", "spending", "business"] as const;
export type Section = (typeof SECTIONS)[number];
