// Runs before the first paint (an inline script with this response's CSP nonce): marks the document
// when this browser holds the plan's edit token, so the server-rendered viewer note (owner-bar.tsx)
// is hidden for the owner from the start, and shown to everyone else without waiting for hydration.
import { headers } from "next/headers";
import { ownerTokenKey } from "./owner-token";

export async function OwnerHintScript({ planId }: { planId: string }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const key = JSON.stringify(ownerTokenKey(planId)).replace(/</g, "\\u003c");
  const code = `try{if(localStorage.getItem(${key}))document.documentElement.setAttribute("data-plan-owner","")}catch(e){}`;
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: code }} />;
}
