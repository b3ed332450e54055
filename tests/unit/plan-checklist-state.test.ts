import { describe, expect, it } from "vitest";
import { checklistReducer, initialChecklist, isChecked, statusOf } from "@/components/plan/checklist/checklist-state";

describe("checklist state", () => {
  it("ticks at once and marks the item saved when the server agrees", () => {
    let s = initialChecklist({ "enable-autopay": false });
    s = checklistReducer(s, { type: "toggle", id: "enable-autopay", checked: true, seq: 1 });
    expect(isChecked(s, "enable-autopay")).toBe(true);
    expect(statusOf(s, "enable-autopay")).toBe("saving");
    s = checklistReducer(s, { type: "saved", id: "enable-autopay", checked: true, seq: 1 });
    expect(isChecked(s, "enable-autopay")).toBe(true);
    expect(statusOf(s, "enable-autopay")).toBe("saved");
  });

  it("rolls back to what the server holds when the save fails", () => {
    let s = initialChecklist({ "link-bills": true });
    s = checklistReducer(s, { type: "toggle", id: "link-bills", checked: false, seq: 1 });
    expect(isChecked(s, "link-bills")).toBe(false);
    s = checklistReducer(s, { type: "failed", id: "link-bills", seq: 1, reason: "failed" });
    expect(isChecked(s, "link-bills")).toBe(true);
    expect(statusOf(s, "link-bills")).toBe("failed");
  });

  it("lets only the newest request for an item decide, whatever order answers arrive in", () => {
    let s = initialChecklist({});
    s = checklistReducer(s, { type: "toggle", id: "a", checked: true, seq: 1 });
    s = checklistReducer(s, { type: "toggle", id: "a", checked: false, seq: 2 });
    // The older request fails late: the newer one is still pending, nothing changes.
    s = checklistReducer(s, { type: "failed", id: "a", seq: 1, reason: "failed" });
    expect(isChecked(s, "a")).toBe(false);
    expect(statusOf(s, "a")).toBe("saving");
    s = checklistReducer(s, { type: "saved", id: "a", checked: false, seq: 2 });
    expect(statusOf(s, "a")).toBe("saved");
  });

  it("rolls back to an older success when the newest request fails", () => {
    let s = initialChecklist({});
    s = checklistReducer(s, { type: "toggle", id: "a", checked: true, seq: 1 });
    s = checklistReducer(s, { type: "toggle", id: "a", checked: false, seq: 2 });
    s = checklistReducer(s, { type: "saved", id: "a", checked: true, seq: 1 });
    expect(statusOf(s, "a")).toBe("saving");
    s = checklistReducer(s, { type: "failed", id: "a", seq: 2, reason: "unauthorized" });
    expect(isChecked(s, "a")).toBe(true);
    expect(statusOf(s, "a")).toBe("unauthorized");
  });

  it("keeps items independent and does not mutate the previous state", () => {
    const before = initialChecklist({ a: true, b: false });
    const after = checklistReducer(before, { type: "toggle", id: "b", checked: true, seq: 1 });
    expect(isChecked(after, "a")).toBe(true);
    expect(isChecked(before, "b")).toBe(false);
    expect(statusOf(after, "a")).toBe("idle");
  });
});
