// "Continue my plan" on the home page, only for a browser that owns a plan. `ownsPlanHint` marks the
// document before the first frame (run by the layout: components/ui/early-hint-script.tsx), so the box is
// there from the start for an owner and never appears for anyone else: nothing moves. The links fill in
// once the page hydrates.
import { ContinuePlanLinks } from "./continue-plan-links";
import { OWNER_KEY_PREFIX } from "@/components/plan/owner/owner-token";

const prefix = JSON.stringify(OWNER_KEY_PREFIX).replace(/</g, "\\u003c");
export const ownsPlanHint =
  `try{for(var i=0;i<localStorage.length;i++){var k=localStorage.key(i);` +
  `if(k&&k.indexOf(${prefix})===0&&localStorage.getItem(k)){document.documentElement.setAttribute("data-owns-plan","");break}}}catch(e){}`;

export function ContinuePlan({ locale, labels }: { locale: string; labels: { title: string; one: string; many: string; hint: string } }) {
  return (
    <section
      aria-labelledby="continue-title"
      data-testid="continue-plan"
      className="hidden rounded-card border border-brand-200 bg-brand-50 p-4 text-ink [html[data-owns-plan]_&]:block"
    >
      <h2 id="continue-title" className="font-semibold">
        {labels.title}
      </h2>
      <p className="mt-1 text-sm text-muted">{labels.hint}</p>
      <ContinuePlanLinks locale={locale} one={labels.one} many={labels.many} />
    </section>
  );
}
