// The owner's tick boxes: shown optimistically at once, confirmed or rolled back when the server answers.
// Each tick sends its own request; a sequence number per item makes sure only the newest request
// for an item decides what that item's box shows, whatever order the answers arrive in.

export type SaveStatus = "idle" | "saving" | "saved" | "failed" | "unauthorized";

export interface ChecklistState {
  /** What the boxes show (optimistic). */
  values: Record<string, boolean>;
  /** What the server is known to hold. */
  confirmed: Record<string, boolean>;
  status: Record<string, SaveStatus>;
  /** Sequence number of the newest request sent for each item. */
  latest: Record<string, number>;
}

export type ChecklistAction =
  | { type: "toggle"; id: string; checked: boolean; seq: number }
  | { type: "saved"; id: string; checked: boolean; seq: number }
  | { type: "failed"; id: string; seq: number; reason: "failed" | "unauthorized" };

export function initialChecklist(checklist: Readonly<Record<string, boolean | undefined>>): ChecklistState {
  const known: Record<string, boolean> = {};
  for (const [id, done] of Object.entries(checklist)) if (typeof done === "boolean") known[id] = done;
  return { values: known, confirmed: { ...known }, status: {}, latest: {} };
}

export function isChecked(state: ChecklistState, id: string): boolean {
  return state.values[id] ?? false;
}

export function statusOf(state: ChecklistState, id: string): SaveStatus {
  return state.status[id] ?? "idle";
}

export function checklistReducer(state: ChecklistState, action: ChecklistAction): ChecklistState {
  const { id, seq } = action;
  const newest = seq === state.latest[id];
  switch (action.type) {
    case "toggle":
      return {
        ...state,
        values: { ...state.values, [id]: action.checked },
        status: { ...state.status, [id]: "saving" },
        latest: { ...state.latest, [id]: seq },
      };
    case "saved":
      // The server holds this value now even if a newer request is still on its way.
      return {
        ...state,
        confirmed: { ...state.confirmed, [id]: action.checked },
        status: newest ? { ...state.status, [id]: "saved" } : state.status,
      };
    case "failed":
      // An older request failing does not matter: the newer one decides.
      if (!newest) return state;
      return {
        ...state,
        values: { ...state.values, [id]: state.confirmed[id] ?? false },
        status: { ...state.status, [id]: action.reason },
      };
  }
}
