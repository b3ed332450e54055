// Time passing on a profile, and when each step of the plan is done.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { profileSchema, type Profile } from "@/lib/profile/schema";
import { scoreProfile } from "@/lib/scoring";
import { leftInWindow, passTime, showMonth } from "@/lib/scoring/path";
import { validProfileArb } from "../fixtures/arbitraries";
import { typical } from "../fixtures/profiles";
import { PROPERTY_TIMEOUT, RUNS } from "./scoring-helpers";

const withRepayment = (p: Profile, r: Partial<Profile["repayment"]>): Profile => ({ ...p, repayment: { ...p.repayment, ...r } });

describe("passTime", () => {
  it("grows the on-time streak by the months passed, up to the schema's 600", () => {
    const p = withRepayment(typical, { onTimeMonths: 10, currentlyOverdue: false });
    expect(passTime(p, 6).repayment.onTimeMonths).toBe(16);
    expect(passTime(withRepayment(p, { onTimeMonths: 595 }), 12).repayment.onTimeMonths).toBe(600);
  });

  it("lets late payments leave the 12-month window evenly, rounding up", () => {
    const p = withRepayment(typical, { latePayments12m: 12, currentlyOverdue: false });
    expect([1, 3, 6, 12].map((m) => passTime(p, m).repayment.latePayments12m)).toEqual([11, 9, 6, 0]);
    const one = withRepayment(typical, { latePayments12m: 1, currentlyOverdue: false });
    expect([1, 3, 6, 12].map((m) => passTime(one, m).repayment.latePayments12m)).toEqual([1, 1, 1, 0]);
    expect(leftInWindow(5, 12, 6)).toBe(3);
  });

  it("keeps the record where it is while something is overdue, unless clean months are given", () => {
    const p = withRepayment(typical, { onTimeMonths: 10, latePayments12m: 6, currentlyOverdue: true });
    const later = passTime(p, 12);
    expect(later.repayment.onTimeMonths).toBe(10);
    expect(later.repayment.latePayments12m).toBe(6);
    const settled = passTime(p, 12, { cleanMonths: 11 });
    expect(settled.repayment.onTimeMonths).toBe(21);
    expect(settled.repayment.latePayments12m).toBe(1);
  });

  it("empties the 3-month application count only while none are made", () => {
    const p: Profile = { ...typical, borrowing: { ...typical.borrowing, applications3m: 3 } };
    expect([1, 3, 6].map((m) => passTime(p, m, { applicationsPaused: true }).borrowing.applications3m)).toEqual([2, 0, 0]);
    expect(passTime(p, 6).borrowing.applications3m).toBe(3);
  });

  it("adds the months to the years on the platform, up to 25", () => {
    const p: Profile = { ...typical, ecosystem: { ...typical.ecosystem, accountYears: 2 } };
    expect(passTime(p, 6).ecosystem.accountYears).toBe(2.5);
    expect(passTime({ ...p, ecosystem: { ...p.ecosystem, accountYears: 24.9 } }, 12).ecosystem.accountYears).toBe(25);
  });

  it("leaves the profile itself unchanged, and month 0 is today", () => {
    const before = structuredClone(typical);
    passTime(typical, 12, { applicationsPaused: true, cleanMonths: 12 });
    expect(typical).toEqual(before);
    expect(passTime(typical, 0)).toBe(typical);
  });

  it("gives a valid profile that scores no lower, for any profile and months", () => {
    fc.assert(
      fc.property(validProfileArb, fc.constantFrom(1, 3, 6, 12), fc.boolean(), (p, months, paused) => {
        const later = passTime(p, months, { applicationsPaused: paused });
        expect(profileSchema.safeParse(later).success).toBe(true);
        expect(scoreProfile(later).score).toBeGreaterThanOrEqual(scoreProfile(p).score);
      }),
      RUNS,
    );
  }, PROPERTY_TIMEOUT);
});

describe("showMonth", () => {
  it("does now by month 1, 3m by month 3, long by month 6 or 12", () => {
    expect(showMonth({ id: "link-bills", horizon: "now" })).toBe(1);
    expect(showMonth({ id: "pause-applications", horizon: "3m" })).toBe(3);
    expect(showMonth({ id: "lower-debt-burden", horizon: "long" })).toBe(6);
    expect(showMonth({ id: "reduce-lenders", horizon: "long" })).toBe(12);
    expect(showMonth({ id: "grow-savings", horizon: "long" })).toBe(12);
    expect(showMonth({ id: "rebuild-record", horizon: "long" })).toBe(12);
  });
});
