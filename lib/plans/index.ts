// Plans: the only module that reads or writes the database (through lib/db).
export { createPlan } from "./create-plan";
export { getPlan, getPlanPageVersion } from "./get-plan";
export { getPlanPage, loadPlanPage } from "./plan-page";
export { updatePlan } from "./update-plan";
export { deletePlan } from "./delete-plan";
export { checkEditAccess } from "./edit-access";
export { planPatchSchema } from "./patch";
export { type PlanView } from "./view";
export { readPlan } from "./read-plan";
export { getPlanExport, EXPORT_FORMAT, type PlanExport } from "./export-plan";
export { getPlanBadge } from "./badge";
export { pruneStalePlans } from "./prune";
export { retentionDays } from "./retention";
export { milestoneCheckIns, planCalendar, type CalendarStep } from "./calendar";
