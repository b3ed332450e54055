// Assets: what stands behind the person. Zhima's 履约能力 (personal assets); the source articles name
// balance and 余额宝, wealth products, property and car, and adding them to the platform (asset
// certification). Measured in yuan, never as a share of income, so that a higher income can never make the
// same savings look smaller. What the platform cannot see it cannot count: property, a car and
// investments weigh fully only when declared.
import type { Profile } from "@/lib/profile/schema";
import { credit, logUpTo } from "../curves";
import type { Factor } from "../types";
import { factor } from "./factor";

/** Savings credit is full from this many yuan on. */
export const SAVINGS_FULL_CREDIT = 100_000;

/** Share of their worth that property, a car and investments keep while not declared to the platform. */
export const UNDECLARED_SHARE = 0.5;

export function assetsFactors(p: Profile): Factor[] {
  const a = p.assets;
  const seen = a.declared ? 1 : UNDECLARED_SHARE;
  return [
    factor("liquidSavings", 40, logUpTo(a.liquidSavings / 1000, SAVINGS_FULL_CREDIT / 1000)),
    factor("investments", 15, logUpTo(a.investments / 1000, 100) * seen),
    factor("ownsProperty", 25, credit(a.ownsProperty) * seen),
    factor("ownsCar", 10, credit(a.ownsCar) * seen),
    // A housing provident fund account: formal employment and a balance kept for housing.
    factor("providentFund", 10, credit(a.providentFund)),
  ];
}
