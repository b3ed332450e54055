// Plans: the only module that reads or writes the database (through lib/db).
export { createPlan } from "./create-plan";
export { getPlan, getPlanPageVersion } from "./get-plan";
export { getPlanPage, loadPlanPage, type PlanPage, type PlanPageSnapshot } from "./plan-page";
export { updatePlan } from "./update-plan";
export { deletePlan } from "./delete-plan";
export { checkEditAccess, type EditAccess } from "./edit-access";
export { planPatchSchema, type PlanPatch } from "./patch";
export { checklistSchema, type Checklist } from "./checklist";
export { isPlanId, isEditToken } from "./tokens";
export { viewerView, type PlanView, type SnapshotView, type ViewerPlanView } from "./view";
export { readPlan, type PlanRead } from "./read-plan";
export { getPlanExport, EXPORT_FORMAT, type PlanExport, type ExportedSnapshot } from "./export-plan";
export { getPlanBadge, type PlanBadge } from "./badge";
export { pruneStalePlans } from "./prune";
export { retentionDays, retentionDate, retentionCutoff, DEFAULT_RETENTION_DAYS } from "./retention";
export { milestoneCheckIns, planCalendar, scheduleSteps, type CalendarStep, type CalendarTexts, type CheckIn, type MilestoneTexts, type PlanCalendarInput } from "./calendar";
export { type SnapshotScoring } from "./snapshot-scorings";
