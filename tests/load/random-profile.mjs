// A random valid profile (contract v1) for load: varied enough that the server cannot cache one answer.
export function randomProfile(i) {
  const r = (max) => Math.floor(Math.random() * (max + 1));
  const income = 2000 + r(50_000);
  const business = i % 5 === 0;
  return {
    version: 1,
    purpose: business ? "business" : "personal",
    repayment: { onTimeMonths: r(120), latePayments12m: r(3), currentlyOverdue: r(20) === 0, autopay: r(1) === 1 },
    borrowing: { draws6m: r(30), applications3m: r(6), activeLenders: r(5) },
    finances: { monthlyIncome: income, monthlyDebtPayments: r(income), currentLimit: 20_000, usedLimit: r(20_000) },
    assets: { liquidSavings: r(200_000), investments: r(100_000), ownsProperty: r(1) === 1, ownsCar: r(1) === 1, providentFund: r(1) === 1 },
    ecosystem: {
      accountYears: r(15),
      monthlyTransactions: r(200),
      billsLinked: r(1) === 1,
      cardsLinked: r(6),
      huabeiActive: r(1) === 1,
      profileComplete: r(1) === 1,
      zhimaScore: r(3) === 0 ? null : 350 + r(600),
    },
    spending: { monthlySpending: r(20_000), categories: r(20), largePurchases3m: r(4) },
    ...(business ? { business: { registered: true, monthlyRevenue: r(500_000), taxRecords: r(1) === 1 } } : {}),
  };
}
