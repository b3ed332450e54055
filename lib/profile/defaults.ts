// Two starting points. `blankProfile` is where the questionnaire starts: every amount and count
// unanswered (NaN, which the schema rejects with "this question needs an answer"), so no plan can be
// made from answers nobody gave. `defaultProfile` is a complete, valid example (a typical salaried
// borrower with a modest, healthy record) for tests and documentation, never shown as someone's answers.
import type { Business, Profile } from "./schema";

/** An amount or count nobody has answered yet (an empty box in the questionnaire). */
export const UNANSWERED = Number.NaN;

export const defaultBusiness: Business = {
  registered: false,
  monthlyRevenue: 0,
  taxRecords: false,
  paymentsReceived: null,
  monthlyPurchases: null,
};

export const defaultProfile: Profile = {
  version: 2,
  purpose: "personal",
  repayment: { onTimeMonths: 12, latePayments12m: 0, currentlyOverdue: false, autopay: false },
  borrowing: { draws6m: 2, applications3m: 0, activeLenders: 1, largestDraw6m: null },
  finances: {
    monthlyIncome: 8000,
    monthlyDebtPayments: 1000,
    currentLimit: null,
    usedLimit: null,
    incomeSource: "salary",
    incomeProof: false,
  },
  assets: {
    liquidSavings: 10000, investments: 0, ownsProperty: false, ownsCar: false, providentFund: false,
    declared: false,
  },
  ecosystem: {
    accountYears: 3,
    monthlyTransactions: 30,
    billsLinked: false,
    cardsLinked: 1,
    huabeiActive: false,
    profileComplete: false,
    zhimaScore: null,
  },
  spending: { monthlySpending: 3000, categories: 5, largePurchases3m: 0 },
};

/**
 * The business questions before they are answered. Yes/no questions start at "no" (both answers are
 * shown, the person sees which is picked); amounts and counts start empty, "I don't know" unticked.
 */
export const blankBusiness: Business = {
  registered: false,
  monthlyRevenue: UNANSWERED,
  taxRecords: false,
  paymentsReceived: UNANSWERED,
  monthlyPurchases: UNANSWERED,
};

/** The questionnaire's starting answers: nothing about the person's money filled in. */
export const blankProfile: Profile = {
  version: 2,
  purpose: "personal",
  repayment: { onTimeMonths: UNANSWERED, latePayments12m: UNANSWERED, currentlyOverdue: false, autopay: false },
  borrowing: { draws6m: UNANSWERED, applications3m: UNANSWERED, activeLenders: UNANSWERED, largestDraw6m: UNANSWERED },
  finances: {
    monthlyIncome: UNANSWERED,
    monthlyDebtPayments: UNANSWERED,
    currentLimit: UNANSWERED,
    usedLimit: UNANSWERED,
    incomeSource: "salary",
    incomeProof: false,
  },
  assets: {
    liquidSavings: UNANSWERED, investments: UNANSWERED, ownsProperty: false, ownsCar: false, providentFund: false,
    declared: false,
  },
  ecosystem: {
    accountYears: UNANSWERED,
    monthlyTransactions: UNANSWERED,
    billsLinked: false,
    cardsLinked: UNANSWERED,
    huabeiActive: false,
    profileComplete: false,
    zhimaScore: UNANSWERED,
  },
  spending: { monthlySpending: UNANSWERED, categories: UNANSWERED, largePurchases3m: UNANSWERED },
};
