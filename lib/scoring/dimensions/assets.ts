// Assets: what stands behind the person. Zhima's 履约能力 (personal assets); the source articles name
// balance and 余额宝, wealth products, property and car. Measured in yuan, never as a share of income,
// so that a higher income can never make the same savings look smaller.
import type { Profile } from "@/lib/profile/schema";
import { credit, logUpTo } from "../curves";
import type { Factor } from "../types";
import { factor } from "./factor";

/** Savings credit is full from this many yuan on. */
export const SAVINGS_FULL_CREDIT = 100_000;

export function assetsFactors(p: Profile): Factor[] {
  const a = p.assets;
  return [
    factor("liquidSavings", 35, logUpTo(a.liquidSavings / 1000, SAVINGS_FULL_CREDIT / 1000)),
    factor("investments", 15, logUpTo(a.investments / 1000, 100)),
    factor("ownsProperty", 20, credit(a.ownsProperty)),
    factor("ownsCar", 10, credit(a.ownsCar)),
    // A verifiable record of regular, taxed income that lenders can check with the person's consent.
    factor("providentFund", 20, credit(a.providentFund)),
  ];
}
