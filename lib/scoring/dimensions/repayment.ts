// Repayment: the track record. FICO's payment history and Zhima's 信用历史. Something overdue now and recent
// late payments are what lenders act on first; autopay is a convenience that only helps avoid them, so it
// weighs little. Something overdue right now also discounts the rest of the record.
import type { Profile } from "@/lib/profile/schema";
import { credit, saturate } from "../curves";
import type { Factor } from "../types";
import { factor } from "./factor";

/** While something is overdue, the rest of the record counts for this share of its worth. */
const OVERDUE_DISCOUNT = 0.6;

/** Each late payment in the last 12 months keeps this share of what is left (1 late ≈ 55%, 2 ≈ 30%). */
export const LATE_PAYMENT_DECAY = 0.6;

export function repaymentFactors(p: Profile): Factor[] {
  const r = p.repayment;
  const record = r.currentlyOverdue ? OVERDUE_DISCOUNT : 1;
  return [
    factor("currentlyOverdue", 30, credit(!r.currentlyOverdue)),
    // Half the credit after about a year on time, nearly all after three.
    factor("onTimeMonths", 30, saturate(r.onTimeMonths, 18) * record),
    factor("latePayments12m", 35, Math.exp(-LATE_PAYMENT_DECAY * r.latePayments12m) * record),
    factor("autopay", 5, credit(r.autopay) * record),
  ];
}
