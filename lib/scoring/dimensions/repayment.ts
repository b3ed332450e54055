// Repayment: the track record. FICO's payment history and Zhima's 信用历史. Something overdue right now is
// the heaviest single signal: it costs its own 25 points and discounts the rest of the record.
import type { Profile } from "@/lib/profile/schema";
import { credit, saturate } from "../curves";
import type { Factor } from "../types";
import { factor } from "./factor";

/** While something is overdue, the rest of the record counts for this share of its worth. */
const OVERDUE_DISCOUNT = 0.6;

export function repaymentFactors(p: Profile): Factor[] {
  const r = p.repayment;
  const record = r.currentlyOverdue ? OVERDUE_DISCOUNT : 1;
  return [
    factor("currentlyOverdue", 25, credit(!r.currentlyOverdue)),
    // Half the credit after about a year on time, nearly all after three.
    factor("onTimeMonths", 35, saturate(r.onTimeMonths, 18) * record),
    // Each late payment in the last year takes about 40% of what is left.
    factor("latePayments12m", 25, Math.exp(-0.5 * r.latePayments12m) * record),
    factor("autopay", 15, credit(r.autopay) * record),
  ];
}
