"use client";
// The /diagnose page's steps: what happened and when → the answers (a saved plan's, or the questionnaire in
// a mode that saves nothing) → the diagnosis. Only POST /api/diagnose sees the answers, and it stores nothing.
import { useEffect, useRef, useState } from "react";
import dynamic from "next/dynamic";
import { useLocale, useTranslations } from "next-intl";
import type { AnyProfile, Profile } from "@/lib/profile/schema";
import { upgradeProfile } from "@/lib/profile/upgrade";
import type { Diagnosis, DiagnosisEvent } from "@/lib/scoring/diagnosis/types";
import type { FieldSpecs } from "@/lib/profile/questionnaire-steps";
import { buttonClass } from "@/components/ui/button-styles";
import { Callout } from "@/components/ui/callout";
import { fetchOwnerProfile } from "@/components/plan/owner/owner-answers";
import { fetchDiagnosis, type Outcome } from "./diagnose-api";
import { DiagnosisView } from "./diagnosis-view";
import { EventForm, type Source } from "./event-form";
import { findOwnedPlan, type OwnedPlan } from "./owned-plan";

// The questionnaire's code is fetched only by someone who chooses to answer it.
const Questionnaire = dynamic(() => import("@/components/questionnaire/questionnaire").then((m) => m.Questionnaire));

type Phase = "ask" | "questionnaire" | "working" | "result";

export function DiagnoseFlow({ specs }: { specs: FieldSpecs }) {
  const t = useTranslations("diagnose");
  const locale = useLocale();
  const [event, setEvent] = useState<DiagnosisEvent>("limit-cut");
  const [monthsAgo, setMonthsAgo] = useState(0);
  const [source, setSource] = useState<Source>("fresh");
  const [owned, setOwned] = useState<OwnedPlan | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>("ask");
  const [profile, setProfile] = useState<Profile | null>(null);
  const [diagnosis, setDiagnosis] = useState<Diagnosis | null>(null);
  const [working, setWorking] = useState("");
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const questionsHeading = useRef<HTMLHeadingElement>(null);

  // The owner's token can only be read in the browser; the plan a link names (?plan=…) too, which keeps the
  // page itself static.
  useEffect(() => {
    const found = findOwnedPlan(new URLSearchParams(window.location.search).get("plan"));
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the token and the URL can only be read after hydration
    if (found === "missing") setNotice(t("source.planNotYours"));
    else if (found) {
      setOwned(found);
      setSource("plan");
    }
  }, [t]);

  useEffect(() => {
    if (phase === "result") resultHeading.current?.focus();
    if (phase === "questionnaire") questionsHeading.current?.focus();
  }, [phase]);

  const explain = (outcome: Outcome<unknown>, fallback: Phase) => {
    if (outcome.ok) return;
    setNotice(outcome.reason === "network" ? t("network") : t("failed"));
    setPhase(fallback);
  };

  const diagnoseProfile = async (answers: AnyProfile, fallback: Phase) => {
    setNotice(null);
    // Kept first, so that going back to the questions after a failure keeps what was answered.
    setProfile(upgradeProfile(answers));
    setWorking(t("working"));
    setPhase("working");
    const outcome = await fetchDiagnosis(answers, { event, monthsAgo }, locale);
    if (!outcome.ok) return explain(outcome, fallback);
    setDiagnosis(outcome.value);
    setPhase("result");
  };

  const onContinue = async () => {
    setNotice(null);
    if (source === "fresh" || !owned) {
      setPhase("questionnaire");
      return;
    }
    setWorking(t("source.loadingPlan"));
    setPhase("working");
    const saved = await fetchOwnerProfile(owned.planId, owned.token, locale);
    if (typeof saved === "string") {
      const key = saved === "not_found" ? "source.planGone" : saved === "unauthorized" ? "source.planNotYours" : "source.planFailed";
      if (saved === "not_found" || saved === "unauthorized") {
        setOwned(null);
        setSource("fresh");
      }
      setNotice(t(key));
      setPhase("ask");
      return;
    }
    await diagnoseProfile(saved, "ask");
  };

  const summary = `${t(`event.${event}`)} · ${t("when.option", { months: monthsAgo })}`;

  return (
    <div className="space-y-6">
      {notice ? (
        <Callout tone="warning" role="alert">
          <p>{notice}</p>
        </Callout>
      ) : null}

      {phase === "ask" ? (
        <EventForm
          event={event}
          monthsAgo={monthsAgo}
          source={source}
          hasPlan={owned !== null}
          onChange={(next) => {
            if (next.event) setEvent(next.event);
            if (next.monthsAgo !== undefined) setMonthsAgo(next.monthsAgo);
            if (next.source) setSource(next.source);
          }}
          onContinue={() => void onContinue()}
        />
      ) : null}

      {phase === "working" ? (
        <p role="status" className="text-muted">
          {working}
        </p>
      ) : null}

      {phase === "questionnaire" ? (
        <section aria-labelledby="diagnose-questions" className="space-y-3">
          <h2 id="diagnose-questions" ref={questionsHeading} tabIndex={-1} className="text-xl font-semibold outline-none">
            {t("questionnaireHeading")}
          </h2>
          <p className="text-sm text-muted">{summary}</p>
          <Questionnaire
            mode="collect"
            specs={specs}
            initialProfile={profile ?? undefined}
            collect={{ submitLabel: t("questionnaireSubmit"), onCollect: (answers) => void diagnoseProfile(answers, "questionnaire") }}
          />
        </section>
      ) : null}

      {phase === "result" && diagnosis && profile ? (
        <>
          <DiagnosisView ref={resultHeading} diagnosis={diagnosis} profile={profile} summary={summary} />
          <div className="flex flex-col gap-3 sm:flex-row">
            <button type="button" className={buttonClass("secondary")} onClick={() => setPhase("questionnaire")} data-testid="change-answers">
              {t("results.changeAnswers")}
            </button>
            <button
              type="button"
              className={buttonClass("ghost")}
              onClick={() => {
                setProfile(null);
                setDiagnosis(null);
                setPhase("ask");
              }}
            >
              {t("results.startAgain")}
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
}
