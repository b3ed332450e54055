"use client";
// The questionnaire: every profile question in steps, starting unanswered, validated step by step with
// the profile schema (messages in the reader's language), with a question before going on where answers
// rarely go together, kept in this browser until it is sent. Then every answer is reviewed on one screen
// and the person chooses: save a new plan (create), or just see the result (scored, nothing stored); or
// save the new answers of an existing plan (edit, owner's browser only). Collect mode hands the answers
// to the page without saving anything (the diagnosis reads them).
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { FormProvider, useForm, useWatch, type FieldErrors } from "react-hook-form";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { blankBusiness, blankProfile } from "@/lib/profile/defaults";
import { CROSS_CHECKS, crossCheckKey, crossChecksFor, type CrossCheckId } from "@/lib/profile/cross-checks";
import type { Business, Profile, Purpose } from "@/lib/profile/schema";
import type { Result } from "@/lib/scoring/types";
import { planPath } from "@/lib/http/plan-url";
import { saveOwnerToken } from "@/components/plan/owner/owner-token";
import { buttonClass } from "@/components/ui/button-styles";
import { Callout } from "@/components/ui/callout";
import { OwnerGate } from "./owner-gate";
import { OwnerProfileLoader } from "./owner-profile-loader";
import { ALL_FIELDS, errorPaths, firstStepWithError, visibleSteps, type FieldName, type FieldSpecs } from "@/lib/profile/questionnaire-steps";
import { COLLECT_DRAFT_KEY, draftKey } from "./draft-text";
import { lazyProfileResolver, warmValidation } from "./lazy-resolver";
import { useDraftPersistence } from "./use-draft-persistence";
import { submitPlan, type FieldIssue } from "./submit-plan";
import { StepProgress } from "./step-progress";
import { StepQuestions } from "./step-questions";
import { CrossCheckPrompt } from "./cross-check-prompt";
import { scorePreview } from "./score-preview";
import { keepClearOfBar } from "./keep-clear-of-bar";
import { formatNumberInput } from "@/lib/profile/number-input";

// `specs`: what each question accepts, read from the schema on the server (lib/profile/field-specs.ts).
export type QuestionnaireProps =
  | { mode: "create"; specs: FieldSpecs; initialProfile?: Profile }
  | { mode: "edit"; specs: FieldSpecs; planId: string }
  | { mode: "collect"; specs: FieldSpecs; initialProfile?: Profile; collect: CollectOptions };

/** Collect mode: the answers go to `onCollect` once valid, and are never sent to be saved. */
export interface CollectOptions {
  submitLabel: string;
  onCollect: (profile: Profile) => void;
}

export function Questionnaire(props: QuestionnaireProps) {
  if (props.mode === "edit") {
    return (
      <OwnerGate planId={props.planId}>
        {(token) => (
          <OwnerProfileLoader planId={props.planId} token={token}>
            {(profile) => <QuestionnaireForm specs={props.specs} baseline={profile} edit={{ planId: props.planId, token }} />}
          </OwnerProfileLoader>
        )}
      </OwnerGate>
    );
  }
  if (props.mode === "collect") {
    return <QuestionnaireForm specs={props.specs} baseline={props.initialProfile ?? blankProfile} collect={props.collect} />;
  }
  return <QuestionnaireForm specs={props.specs} baseline={props.initialProfile ?? blankProfile} />;
}

// The review and the preview come after the last step: their code is fetched when the last step is
// reached (or the answers restored there), not with the page, so the first step has less to evaluate.
const loadReview = () => import("./review-answers");
const loadPreview = () => import("./result-preview");
const ReviewAnswers = lazy(() => loadReview().then((m) => ({ default: m.ReviewAnswers })));
const ResultPreview = lazy(() => loadPreview().then((m) => ({ default: m.ResultPreview })));

type Phase = "steps" | "review" | "preview";

/** A sole trader's own money and the business's are asked apart: the steps on either side say which. */
function stepIntroKey(step: string, purpose: Purpose | undefined): string {
  return purpose === "business" && (step === "finances" || step === "spending") ? `stepIntro.${step}Business` : `stepIntro.${step}`;
}

/** A focus this soon after a pointer press came from that press (a tap or click), not the keyboard. */
const POINTER_FOCUS_MS = 800;

function QuestionnaireForm({
  specs,
  baseline,
  edit,
  collect,
}: {
  specs: FieldSpecs;
  baseline: Profile;
  edit?: { planId: string; token: string };
  collect?: CollectOptions;
}) {
  const t = useTranslations("questionnaire");
  const tf = useTranslations("fields");
  const tv = useTranslations("validation");
  const locale = useLocale();
  const router = useRouter();

  // The schema's code is fetched on first use, not with the page (lazy-resolver.ts).
  const resolver = useMemo(() => lazyProfileResolver(tv), [tv]);
  const form = useForm<Profile>({ resolver, defaultValues: baseline, mode: "onTouched" });
  const { control, getValues, setValue, reset, trigger, setError, setFocus, handleSubmit, formState } = form;

  const purpose = useWatch({ control, name: "purpose" });
  const steps = visibleSteps(purpose);
  const [stepIndex, setStepIndex] = useState(0);
  const index = Math.min(stepIndex, steps.length - 1);
  const step = steps[index] ?? steps[0]!;
  const isLast = index === steps.length - 1;
  // Collect mode (the diagnosis) sends from the last step; the others review every answer first.
  const [phase, setPhase] = useState<Phase>("steps");

  const [restored, setRestored] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);
  const [preview, setPreview] = useState<{ result: Result; profile: Profile } | null>(null);
  const [previewing, setPreviewing] = useState(false);

  // Cross-checks being asked now, and the answers already confirmed ("yes, that's right").
  const [asking, setAsking] = useState<CrossCheckId[]>([]);
  const confirmed = useRef(new Set<string>());

  // Business answers survive switching the purpose away and back.
  const parkedBusiness = useRef<Business | undefined>(baseline.business);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const focusAfterStepChange = useRef<FieldName | "heading" | null>(null);
  // When the last press of a pointer was: a tapped field is already in sight, and scrolling it between
  // the press and the release would move the click off it.
  const lastPointerDown = useRef(0);

  const { ready, schedulePersist, discard, finish } = useDraftPersistence({
    form,
    storageKey: collect ? COLLECT_DRAFT_KEY : draftKey(edit?.planId),
    baseline,
    stepId: step.id,
    onRestore: (draft) => {
      if (draft.profile.business) parkedBusiness.current = draft.profile.business;
      const at = visibleSteps(draft.profile.purpose).findIndex((s) => s.id === draft.step);
      setStepIndex(Math.max(0, at));
      setRestored(true);
    },
  });

  // Collect mode has neither; editing has no preview.
  const editing = Boolean(edit);
  useEffect(() => {
    if (!isLast || collect) return;
    void loadReview().catch(() => undefined);
    if (!editing) void loadPreview().catch(() => undefined);
  }, [isLast, collect, editing]);

  // After a step change: move focus to the step's heading (or to the answer that needs fixing).
  useEffect(() => {
    const target = focusAfterStepChange.current;
    focusAfterStepChange.current = null;
    if (!target) return;
    if (ready) schedulePersist();
    if (target === "heading") headingRef.current?.focus();
    else setFocus(target as Parameters<typeof setFocus>[0], { shouldSelect: false });
  }, [index, phase, ready, schedulePersist, setFocus]);

  const goToStep = (next: number, focus: FieldName | "heading" = "heading") => {
    focusAfterStepChange.current = focus;
    setAsking([]);
    setStepIndex(next);
    const samePlace = next === index && phase === "steps";
    setPhase("steps");
    // Same step (an error on the current one): the effect will not run, so focus now.
    if (samePlace) {
      focusAfterStepChange.current = null;
      if (focus === "heading") headingRef.current?.focus();
      else setFocus(focus as Parameters<typeof setFocus>[0]);
    }
  };

  const goToReview = () => {
    focusAfterStepChange.current = "heading";
    setBanner(null);
    setPreview(null);
    setPhase("review");
  };

  const onPurposeChosen = (chosen: Purpose) => {
    // A sensible start for the income's source, until the person picks one themselves.
    const source = getValues("finances.incomeSource");
    if (!form.getFieldState("finances.incomeSource").isDirty && (source === "salary" || source === "business")) {
      setValue("finances.incomeSource", chosen === "business" ? "business" : "salary");
    }
    const current = getValues("business");
    if (chosen === "business" && !current) {
      setValue("business", parkedBusiness.current ?? { ...blankBusiness }, { shouldDirty: true });
    } else if (chosen === "personal" && current) {
      parkedBusiness.current = current;
      setValue("business", undefined, { shouldDirty: true });
    }
  };

  /** Shows the first step that holds an error and focuses its first wrong answer. */
  const showFirstError = (paths: readonly string[]) => {
    const at = firstStepWithError(steps, paths);
    if (at < 0) return;
    const target = steps[at]!.fields.find((name) => paths.includes(name));
    setBanner(t("fixErrors"));
    goToStep(at, target ?? "heading");
  };

  const applyServerIssues = (issues: readonly FieldIssue[], fallback?: string) => {
    const onFields = issues.filter((issue) => (ALL_FIELDS as readonly string[]).includes(issue.path));
    for (const issue of onFields) {
      setError(issue.path as FieldName, { type: "server", message: issue.message });
    }
    const elsewhere = issues.filter((issue) => !onFields.includes(issue));
    if (onFields.length > 0) showFirstError(onFields.map((issue) => issue.path));
    if (elsewhere.length > 0 || onFields.length === 0) {
      setBanner(elsewhere.map((issue) => issue.message).join(" ") || fallback || t("errors.failed"));
    }
  };

  const showFailure = (outcome: Exclude<Awaited<ReturnType<typeof submitPlan>>, { kind: "saved" }>) => {
    switch (outcome.kind) {
      case "invalid":
        applyServerIssues(outcome.issues, outcome.message);
        return;
      case "rate_limited":
        setBanner(t("errors.rateLimited"));
        return;
      case "network":
        setBanner(t("errors.network"));
        return;
      case "unauthorized":
        setBanner(t("errors.unauthorized"));
        return;
      case "not_found":
        setBanner(t("errors.notFound"));
        return;
      default:
        setBanner(outcome.message ?? t("errors.failed"));
    }
  };

  const onSave = async (profile: Profile) => {
    setBanner(null);
    if (collect) {
      finish();
      collect.onCollect(profile);
      return;
    }
    const outcome = await submitPlan(
      edit ? { mode: "edit", locale, profile, ...edit } : { mode: "create", locale, profile },
    );
    if (outcome.kind === "saved") {
      if (!edit && outcome.editToken) saveOwnerToken(outcome.id, outcome.editToken);
      finish();
      setLeaving(true);
      router.push(planPath(outcome.id, locale));
      return;
    }
    showFailure(outcome);
  };

  // "Just show me the result": scored by the same model, nothing stored; the draft stays in this browser.
  const onPreview = async (profile: Profile) => {
    setBanner(null);
    setPreviewing(true);
    try {
      const [outcome] = await Promise.all([scorePreview(locale, profile), loadPreview().catch(() => undefined)]);
      if (outcome.kind === "scored") {
        setPreview({ result: outcome.result, profile });
        setPhase("preview");
        return;
      }
      showFailure(outcome);
    } finally {
      setPreviewing(false);
    }
  };

  const onInvalid = (errors: FieldErrors<Profile>) => showFirstError(errorPaths(errors));

  /** Cross-checks raised by this step's answers and not yet confirmed for these answers. */
  const openChecks = (fields: readonly string[]): CrossCheckId[] => {
    const values = getValues();
    return crossChecksFor(values).filter(
      (id) => CROSS_CHECKS[id].reads.some((path) => fields.includes(path)) && !confirmed.current.has(crossCheckKey(id, values)),
    );
  };

  const advance = () => {
    setBanner(null);
    setAsking([]);
    if (isLast && !collect) goToReview();
    else goToStep(index + 1);
  };

  const next = async () => {
    const ok = await trigger([...step.fields], { shouldFocus: true });
    if (!ok) return;
    const raised = openChecks(step.fields);
    if (raised.length > 0) {
      setAsking(raised);
      return;
    }
    advance();
  };

  const confirmChecks = () => {
    const values = getValues();
    for (const id of asking) confirmed.current.add(crossCheckKey(id, values));
    advance();
  };

  const changeCheckedAnswer = (id: CrossCheckId) => {
    const field = CROSS_CHECKS[id].field;
    const onThisStep = (step.fields as readonly string[]).includes(field);
    const at = onThisStep ? index : steps.findIndex((s) => (s.fields as readonly string[]).includes(field));
    goToStep(Math.max(0, at), field);
  };

  const back = () => {
    setBanner(null);
    if (phase === "preview") {
      goToReview();
      return;
    }
    if (phase === "review") {
      goToStep(steps.length - 1);
      return;
    }
    goToStep(Math.max(0, index - 1));
  };

  const startOver = () => {
    discard();
    reset(baseline);
    parkedBusiness.current = baseline.business;
    confirmed.current.clear();
    setRestored(false);
    setBanner(null);
    setPreview(null);
    goToStep(0);
  };

  // Enter in any box means "Next"; on the last step of collect mode it sends the answers. On the review
  // screen nothing is sent by Enter: saving is a choice made with its own button.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (phase !== "steps") return;
    if (isLast && collect) {
      // The cross-checks are asked in collect mode too, before the answers are handed over.
      void trigger([...step.fields], { shouldFocus: true }).then((ok) => {
        if (!ok) return;
        const raised = openChecks(step.fields);
        if (raised.length > 0) setAsking(raised);
        else void handleSubmit(onSave, onInvalid)(event);
      });
      return;
    }
    void next();
  };

  const busy = formState.isSubmitting || leaving || previewing;
  const stepText = t("stepOf", { current: index + 1, total: steps.length });
  const sectionTitle =
    phase === "review" ? t("review.title") : phase === "preview" ? t("preview.heading") : tf(`sections.${step.id}`);
  const headingId = phase === "steps" ? `step-${step.id}-title` : `phase-${phase}-title`;
  const money = (n: number) => `${t("units.yuan")}${formatNumberInput(n)}`;
  const values = asking.length > 0 ? getValues() : null;
  const checkFigures: Record<string, string> = values
    ? {
        income: money(values.finances.monthlyIncome),
        repayments: money(values.finances.monthlyDebtPayments),
        draw: typeof values.borrowing.largestDraw6m === "number" ? money(values.borrowing.largestDraw6m) : "",
        limit: typeof values.finances.currentLimit === "number" ? money(values.finances.currentLimit) : "",
        months: String(values.repayment.onTimeMonths),
        late: String(values.repayment.latePayments12m),
      }
    : {};

  const saveLabel = busy && !previewing ? t("submitting") : edit ? t("submitEdit") : t("review.save");

  return (
    <FormProvider {...form}>
      <form
        noValidate
        onSubmit={onSubmit}
        // The first touch of the form starts fetching the validation code it will need; a focused field
        // is kept clear of the sticky step bar.
        onPointerDown={() => {
          lastPointerDown.current = Date.now();
        }}
        onFocus={(event) => {
          void warmValidation().catch(() => undefined);
          if (Date.now() - lastPointerDown.current > POINTER_FOCUS_MS) keepClearOfBar(event.target, barRef.current);
        }}
        aria-labelledby={headingId}
        data-testid="questionnaire"
        data-ready={ready ? "true" : "false"}
        data-step={phase === "steps" ? step.id : phase}
        className="rounded-card border border-line bg-white shadow-card"
      >
        {/* Disabled until the browser has taken over, so nothing is sent the old-fashioned way. */}
        <fieldset disabled={!ready || busy} className="min-w-0">
          <div className="space-y-5 p-5 sm:p-6">
            {phase === "steps" ? (
              <StepProgress
                current={index + 1}
                total={steps.length}
                label={t("progressLabel")}
                text={stepText}
                section={tf(`sections.${step.id}`)}
              />
            ) : null}

            {restored && phase === "steps" ? (
              <div
                role="status"
                className="flex flex-wrap items-center justify-between gap-2 rounded-xl bg-brand-50 px-4 py-2 text-sm text-brand-900"
              >
                <span>{t("restored")}</span>
                <button type="button" onClick={startOver} className={buttonClass("ghost", "-my-1", "sm")}>
                  {t("startOver")}
                </button>
              </div>
            ) : null}

            <div>
              <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-xl font-semibold outline-none">
                {sectionTitle}
              </h2>
              <p className="mt-1 text-muted">
                {phase === "review"
                  ? edit
                    ? t("review.introEdit")
                    : t("review.intro")
                  : phase === "preview"
                    ? t("preview.intro")
                    : t(stepIntroKey(step.id, purpose))}
              </p>
            </div>

            {banner ? (
              <Callout tone="danger" role="alert">
                <p>{banner}</p>
              </Callout>
            ) : null}

            {phase === "steps" ? (
              <>
                <StepQuestions key={step.id} step={step} specs={specs} onPurposeChosen={onPurposeChosen} />
                {asking.length > 0 ? (
                  <CrossCheckPrompt
                    key={asking.join(" ")}
                    checks={asking}
                    values={checkFigures}
                    onConfirm={() => {
                      if (isLast && collect) {
                        const answers = getValues();
                        for (const id of asking) confirmed.current.add(crossCheckKey(id, answers));
                        setAsking([]);
                        void handleSubmit(onSave, onInvalid)();
                      } else confirmChecks();
                    }}
                    onChange={changeCheckedAnswer}
                  />
                ) : null}
              </>
            ) : null}

            {phase === "review" ? (
              <>
                <Suspense fallback={null}>
                  <ReviewAnswers steps={steps} specs={specs} profile={getValues()} onChangeStep={(at) => goToStep(at)} />
                </Suspense>
                {edit ? null : <p className="text-sm text-muted">{t("review.choice")}</p>}
              </>
            ) : null}

            {phase === "preview" && preview ? (
              <Suspense fallback={null}>
                <ResultPreview
                  result={preview.result}
                  profile={preview.profile}
                  saveLabel={saveLabel}
                  onSave={() => void handleSubmit(onSave, onInvalid)()}
                />
              </Suspense>
            ) : null}
          </div>

          <div
            ref={barRef}
            className="sticky bottom-0 flex flex-wrap gap-3 rounded-b-card border-t border-line bg-white/95 p-4 backdrop-blur sm:px-6"
          >
            {phase !== "steps" || index > 0 ? (
              <button type="button" onClick={back} className={buttonClass("secondary", "flex-1 sm:flex-none")} data-testid="back">
                <span aria-hidden="true">←</span>
                {phase === "preview" ? t("preview.back") : t("back")}
              </button>
            ) : null}
            {phase === "steps" ? (
              <button
                type="submit"
                className={buttonClass("primary", "flex-[2] sm:ml-auto sm:flex-none")}
                data-testid={isLast ? (collect ? "submit" : "review") : "next"}
              >
                {isLast ? (collect ? collect.submitLabel : t("review.open")) : t("next")}
                {isLast && collect ? null : <span aria-hidden="true">→</span>}
              </button>
            ) : null}
            {phase === "review" && !edit ? (
              <button
                type="button"
                className={buttonClass("secondary", "flex-[2] sm:ml-auto sm:flex-none")}
                data-testid="show-result"
                onClick={() => void handleSubmit(onPreview, onInvalid)()}
              >
                {previewing ? t("review.scoring") : t("review.showResult")}
              </button>
            ) : null}
            {phase !== "steps" ? (
              <button
                type="button"
                className={buttonClass("primary", `flex-[2] sm:flex-none ${phase === "review" && edit ? "sm:ml-auto" : ""}`)}
                data-testid={edit ? "submit" : "save-plan"}
                onClick={() => void handleSubmit(onSave, onInvalid)()}
              >
                {saveLabel}
              </button>
            ) : null}
          </div>
        </fieldset>
      </form>
    </FormProvider>
  );
}
