// Starting answers for the questionnaire: a typical salaried borrower with a modest, healthy record.
// They are a starting point to edit, never a guess about the person.
import type { Business, Profile } from "./schema";

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
