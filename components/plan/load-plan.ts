// One database read per request, shared by a page and its metadata.
import { cache } from "react";
import { getPlan } from "@/lib/plans";

export const loadPlan = cache(getPlan);
