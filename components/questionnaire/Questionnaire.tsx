"use client";
// The questionnaire: every profile question in steps, validated step by step with the profile
// schema (messages in the reader's language), kept in this browser until it is sent, then saved as
// a new plan (create) or as the new answers of an existing plan (edit, owner's browser only), or handed
// to the page without saving anything (collect: the diagnosis reads them and nothing is stored).
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { FormProvider, useForm, useWatch, type FieldErrors } from "react-hook-form";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { defaultBusiness, defaultProfile } from "@/lib/profile/defaults";
import type { Business, Profile, Purpose } from "@/lib/profile/schema";
import { localePath } from "@/lib/i18n/paths";
import { saveOwnerToken } from "@/components/plan/owner-token";
import { buttonClass } from "@/components/ui/button-styles";
import { Callout } from "@/components/ui/Callout";
import { OwnerGate } from "./OwnerGate";
import { OwnerProfileLoader } from "./owner-profile-loader";
import { ALL_FIELDS, errorPaths, firstStepWithError, visibleSteps, type FieldName, type FieldSpecs } from "./steps";
import { COLLECT_DRAFT_KEY, draftKey } from "./draft-text";
import { lazyProfileResolver, warmValidation } from "./lazy-resolver";
import { useDraftPersistence } from "./use-draft-persistence";
import { submitPlan, type FieldIssue } from "./submit-plan";
import { StepProgress } from "./StepProgress";
import { StepQuestions } from "./StepQuestions";

// `specs`: what each question accepts, read from the schema on the server (field-specs.ts).
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
    return <QuestionnaireForm specs={props.specs} baseline={props.initialProfile ?? defaultProfile} collect={props.collect} />;
  }
  return <QuestionnaireForm specs={props.specs} baseline={props.initialProfile ?? defaultProfile} />;
}

export default Questionnaire;

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

  const [restored, setRestored] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);
  const [leaving, setLeaving] = useState(false);

  // Business answers survive switching the purpose away and back.
  const parkedBusiness = useRef<Business | undefined>(baseline.business);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAfterStepChange = useRef<FieldName | "heading" | null>(null);

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

  // After a step change: move focus to the step's heading (or to the answer that needs fixing).
  useEffect(() => {
    const target = focusAfterStepChange.current;
    focusAfterStepChange.current = null;
    if (!target) return;
    if (ready) schedulePersist();
    if (target === "heading") headingRef.current?.focus();
    else setFocus(target as Parameters<typeof setFocus>[0], { shouldSelect: false });
  }, [index, ready, schedulePersist, setFocus]);

  const goToStep = (next: number, focus: FieldName | "heading" = "heading") => {
    focusAfterStepChange.current = focus;
    setStepIndex(next);
    // Same step (an error on the current one): the effect will not run, so focus now.
    if (next === index) {
      focusAfterStepChange.current = null;
      if (focus === "heading") headingRef.current?.focus();
      else setFocus(focus as Parameters<typeof setFocus>[0]);
    }
  };

  const onPurposeChosen = (chosen: Purpose) => {
    // A sensible start for the income's source, until the person picks one themselves.
    const source = getValues("finances.incomeSource");
    if (!form.getFieldState("finances.incomeSource").isDirty && (source === "salary" || source === "business")) {
      setValue("finances.incomeSource", chosen === "business" ? "business" : "salary");
    }
    const current = getValues("business");
    if (chosen === "business" && !current) {
      setValue("business", parkedBusiness.current ?? { ...defaultBusiness }, { shouldDirty: true });
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

  const onValid = async (profile: Profile) => {
    setBanner(null);
    if (collect) {
      finish();
      collect.onCollect(profile);
      return;
    }
    const outcome = await submitPlan(
      edit ? { mode: "edit", locale, profile, ...edit } : { mode: "create", locale, profile },
    );
    switch (outcome.kind) {
      case "saved":
        if (!edit && outcome.editToken) saveOwnerToken(outcome.id, outcome.editToken);
        finish();
        setLeaving(true);
        router.push(localePath(locale, `/p/${outcome.id}`));
        return;
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

  const onInvalid = (errors: FieldErrors<Profile>) => showFirstError(errorPaths(errors));

  const next = async () => {
    const ok = await trigger([...step.fields], { shouldFocus: true });
    if (!ok) return;
    setBanner(null);
    goToStep(index + 1);
  };

  const back = () => {
    setBanner(null);
    goToStep(Math.max(0, index - 1));
  };

  const startOver = () => {
    discard();
    reset(baseline);
    parkedBusiness.current = baseline.business;
    setRestored(false);
    setBanner(null);
    goToStep(0);
  };

  // Enter in any box means "Next" on every step but the last, which sends the answers.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isLast) void handleSubmit(onValid, onInvalid)(event);
    else void next();
  };

  const busy = formState.isSubmitting || leaving;
  const stepText = t("stepOf", { current: index + 1, total: steps.length });
  const headingId = `step-${step.id}-title`;

  return (
    <FormProvider {...form}>
      <form
        noValidate
        onSubmit={onSubmit}
        // The first touch of the form starts fetching the validation code it will need.
        onFocus={() => void warmValidation().catch(() => undefined)}
        aria-labelledby={headingId}
        data-testid="questionnaire"
        data-ready={ready ? "true" : "false"}
        data-step={step.id}
        className="rounded-card border border-line bg-white shadow-card"
      >
        {/* Disabled until the browser has taken over, so nothing is sent the old-fashioned way. */}
        <fieldset disabled={!ready || busy} className="min-w-0">
          <div className="space-y-5 p-5 sm:p-6">
            <StepProgress
              current={index + 1}
              total={steps.length}
              label={t("progressLabel")}
              text={stepText}
              section={tf(`sections.${step.id}`)}
            />

            {restored ? (
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
              <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-xl font-bold outline-none">
                {tf(`sections.${step.id}`)}
              </h2>
              <p className="mt-1 text-muted">{t(`stepIntro.${step.id}`)}</p>
            </div>

            {banner ? (
              <Callout tone="danger" role="alert">
                <p>{banner}</p>
              </Callout>
            ) : null}

            <StepQuestions key={step.id} step={step} specs={specs} onPurposeChosen={onPurposeChosen} />
          </div>

          <div className="sticky bottom-0 flex gap-3 rounded-b-card border-t border-line bg-white/95 p-4 backdrop-blur sm:px-6">
            {index > 0 ? (
              <button type="button" onClick={back} className={buttonClass("secondary", "flex-1 sm:flex-none")}>
                <span aria-hidden="true">←</span>
                {t("back")}
              </button>
            ) : null}
            <button
              type="submit"
              className={buttonClass("primary", "flex-[2] sm:ml-auto sm:flex-none")}
              data-testid={isLast ? "submit" : "next"}
            >
              {isLast ? (collect ? collect.submitLabel : busy ? t("submitting") : edit ? t("submitEdit") : t("submit")) : t("next")}
              {isLast ? null : <span aria-hidden="true">→</span>}
            </button>
          </div>
        </fieldset>
      </form>
    </FormProvider>
  );
}
