// On a plan page, marks the document when this browser holds the plan's edit token, so the server-rendered
// viewer note (owner-bar.tsx) is hidden for the owner from the start, and shown to everyone else without
// waiting for hydration. Run before the first frame by the layout (components/ui/early-hint-script.tsx):
// it finds the plan's id in the address, because <head> is rendered by the layout, not by the page.
import { OWNER_KEY_PREFIX } from "./owner-token";

/** The plan page's address: /{locale}/p/{id} (not its print or edit page). */
const PLAN_PATH = String(/^\/[^/]+\/p\/([^/]+)\/?$/);

export const planOwnerHint =
  `try{var m=${PLAN_PATH}.exec(location.pathname);` +
  `if(m&&localStorage.getItem(${JSON.stringify(OWNER_KEY_PREFIX)}+decodeURIComponent(m[1])))` +
  `document.documentElement.setAttribute("data-plan-owner","")}catch(e){}`;
