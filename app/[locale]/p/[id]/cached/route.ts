// The plan-page cache's route: the proxy sends a plan page here when it has no current stored copy, and
// this renders and stores it (lib/page-cache/cache-route.ts).
import { cachedPlanPage } from "@/lib/page-cache/cache-route";

type Params = Promise<{ locale: string; id: string }>;

export async function GET(request: Request, { params }: { params: Params }) {
  const { locale, id } = await params;
  return cachedPlanPage(request, locale, id);
}
