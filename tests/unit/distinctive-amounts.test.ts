// The byte search the share-view tests rely on: it must find an amount however it is spelled, and not
// mistake four digits inside a hash, an id or a longer number for one.
import { expect, it } from "vitest";
import { editedProfile, leakedIn, privateProfile, spellings } from "@/tests/fixtures/distinctive-amounts";

it("finds every spelling of an amount and ratio, standing on its own", () => {
  expect(spellings(12345)).toEqual(expect.arrayContaining(["12345", "12,345", "12345.00", "¥12,345", "1.2万", "1.23万"]));
  expect(leakedIn('{"monthlyDebtPayments":7913}', privateProfile)).toEqual(["7913"]);
  expect(leakedIn("收入23457元，¥23,457，约2.3万，还款占34%", privateProfile)).toEqual(expect.arrayContaining(["23457", "¥23,457", "2.3万", "34%"]));
  expect(leakedIn('"\\u00a523,457"', privateProfile)).toContain("\\u00a523,457");
  expect(leakedIn("24,683", editedProfile)).toEqual(["24,683"]);
});

it("does not take digits inside a hash, an id or a longer number for an amount", () => {
  expect(leakedIn("UID:ab7913cd@x id=x7913 n=179130 t=7913_", privateProfile)).toEqual([]);
});
