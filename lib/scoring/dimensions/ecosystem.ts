// Ecosystem: the person's footprint on the payment platform. FICO's length of history and credit mix in
// platform form, Zhima's 身份特质 (a completed profile) and its score itself. Zhima's 人脉关系 (social
// connections) is deliberately left out: we do not ask about anyone else.
import type { Profile } from "@/lib/profile/schema";
import { credit, logUpTo, saturate } from "../curves";
import type { Factor } from "../types";
import { factor } from "./factor";

/** "Don't know" never scores better than an honest 600: an unknown Zhima score counts as 600. */
export const UNKNOWN_ZHIMA_SCORE = 600;

export const zhimaCredit = (score: number | null): number =>
  Math.min(1, Math.max(0, ((score ?? UNKNOWN_ZHIMA_SCORE) - 350) / 600));

export function ecosystemFactors(p: Profile): Factor[] {
  const e = p.ecosystem;
  return [
    factor("accountYears", 15, saturate(e.accountYears, 4)),
    // Diminishing returns: 10 payments a month earns 58%, 60 or more earn it all.
    factor("monthlyTransactions", 15, logUpTo(e.monthlyTransactions, 60)),
    factor("billsLinked", 10, credit(e.billsLinked)),
    // Diminishing returns: 1 card 51%, 3 cards 88%, 5 or more nearly all.
    factor("cardsLinked", 10, saturate(e.cardsLinked, 1.4)),
    // Light on purpose: we do not want to push anyone into pay-later credit.
    factor("huabeiActive", 5, credit(e.huabeiActive)),
    factor("profileComplete", 15, credit(e.profileComplete)),
    factor("zhimaScore", 30, zhimaCredit(e.zhimaScore)),
  ];
}
