// Keeps the questionnaire's unfinished answers in this browser: restores them once on mount, saves
// them (debounced) as they change and when the page goes away, and forgets them once they are sent.
import { useCallback, useEffect, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { Profile } from "@/lib/profile/schema";
import { clearDraft, isUntouched, readDraftText, saveDraft, type Draft } from "./draft-text";
import type { StepId } from "@/lib/profile/questionnaire-steps";

const PERSIST_DELAY_MS = 400;

export function useDraftPersistence({
  form,
  storageKey,
  baseline,
  stepId,
  onRestore,
}: {
  form: UseFormReturn<Profile>;
  storageKey: string;
  baseline: Profile;
  stepId: StepId;
  /** Called once, when a draft with real progress was found and loaded into the form. */
  onRestore: (draft: Draft) => void;
}) {
  const [ready, setReady] = useState(false);
  const stepIdRef = useRef(stepId);
  useEffect(() => {
    stepIdRef.current = stepId;
  }, [stepId]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Set when something changed since the last save: an untouched form leaves no draft behind.
  const unsaved = useRef(false);
  // Once the answers are sent, nothing may write the draft back.
  const finished = useRef(false);

  const persistNow = useCallback(() => {
    clearTimeout(timer.current);
    if (!unsaved.current || finished.current) return;
    unsaved.current = false;
    saveDraft(storageKey, form.getValues(), stepIdRef.current);
  }, [form, storageKey]);

  const schedulePersist = useCallback(() => {
    unsaved.current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(persistNow, PERSIST_DELAY_MS);
  }, [persistNow]);

  // Only once, on mount: a later change of `baseline` must not wipe what the person typed. The check
  // of a stored draft (zod) is loaded only when there is one, so a first visit never downloads it.
  useEffect(() => {
    const raw = readDraftText(storageKey);
    if (!raw) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- storage can only be read after hydration
      setReady(true);
      return;
    }
    let live = true;
    void import("./draft-storage")
      .then(({ checkDraft }) => {
        if (!live) return;
        const draft = checkDraft(storageKey, raw, baseline);
        if (draft && !isUntouched(draft, baseline)) {
          form.reset(draft.profile);
          onRestore(draft);
        }
      })
      .catch(() => undefined)
      .finally(() => {
        if (live) setReady(true);
      });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!ready) return;
    const subscription = form.watch(() => schedulePersist());
    window.addEventListener("pagehide", persistNow);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener("pagehide", persistNow);
      persistNow();
    };
  }, [ready, form, schedulePersist, persistNow]);

  /** Drop the stored draft (start over); later changes are kept again. */
  const discard = useCallback(() => {
    clearTimeout(timer.current);
    unsaved.current = false;
    clearDraft(storageKey);
  }, [storageKey]);

  /** The answers were saved as a plan: drop the draft for good. */
  const finish = useCallback(() => {
    finished.current = true;
    clearTimeout(timer.current);
    clearDraft(storageKey);
  }, [storageKey]);

  return { ready, schedulePersist, discard, finish };
}
