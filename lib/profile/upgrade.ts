// Contract v1 → v2 (the contract's rule, word for word): v1 never asked these questions, so each new
// answer is the one v1's own answers imply, and never a better answer than the person gave.
import type { AnyProfile, IncomeSource, Profile, ProfileV1 } from "./schema";

function incomeSourceOf(p: ProfileV1): IncomeSource {
  if (p.finances.monthlyIncome === 0) return "none";
  return p.purpose === "business" ? "business" : "salary";
}

export function upgradeProfile(p: AnyProfile): Profile {
  if (p.version === 2) return p;
  const upgraded: Profile = {
    version: 2,
    purpose: p.purpose,
    repayment: { ...p.repayment },
    borrowing: { ...p.borrowing, largestDraw6m: null },
    finances: { ...p.finances, incomeSource: incomeSourceOf(p), incomeProof: p.assets.providentFund },
    assets: { ...p.assets, declared: false },
    ecosystem: { ...p.ecosystem },
    spending: { ...p.spending },
  };
  if (p.business) upgraded.business = { ...p.business, paymentsReceived: null, monthlyPurchases: null };
  return upgraded;
}
