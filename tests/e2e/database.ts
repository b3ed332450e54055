// Direct writes to the end-to-end server's database, for states the app cannot produce by itself
// (a plan scored by an older model). Works on either database the suite runs on.
import Database from "better-sqlite3";
import pg from "pg";
import { E2E_DATABASE_FILE, E2E_DATABASE_URL } from "./server-env";

export async function setStoredResult(planId: string, result: unknown, modelVersion: string): Promise<void> {
  const json = JSON.stringify(result);
  if (E2E_DATABASE_URL.startsWith("postgres")) {
    const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
    await client.connect();
    try {
      await client.query('UPDATE "Plan" SET "result" = $1, "modelVersion" = $2 WHERE "id" = $3', [json, modelVersion, planId]);
    } finally {
      await client.end();
    }
    return;
  }
  const db = new Database(E2E_DATABASE_FILE);
  try {
    db.prepare('UPDATE "Plan" SET "result" = ?, "modelVersion" = ? WHERE "id" = ?').run(json, modelVersion, planId);
  } finally {
    db.close();
  }
}

/** Stores a plan's answers and result as given (e.g. a v1 profile and a v1 result, as saved before v2). */
export async function setStoredPlan(planId: string, profile: unknown, result: unknown, modelVersion: string): Promise<void> {
  const [profileJson, resultJson] = [JSON.stringify(profile), JSON.stringify(result)];
  if (E2E_DATABASE_URL.startsWith("postgres")) {
    const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
    await client.connect();
    try {
      await client.query('UPDATE "Plan" SET "profile" = $1, "result" = $2, "modelVersion" = $3 WHERE "id" = $4', [
        profileJson,
        resultJson,
        modelVersion,
        planId,
      ]);
    } finally {
      await client.end();
    }
    return;
  }
  const db = new Database(E2E_DATABASE_FILE);
  try {
    db.prepare('UPDATE "Plan" SET "profile" = ?, "result" = ?, "modelVersion" = ? WHERE "id" = ?').run(profileJson, resultJson, modelVersion, planId);
  } finally {
    db.close();
  }
}

/**
 * How many plans the end-to-end server's database holds whose stored answers contain `fragment` (e.g.
 * a distinctive amount, `"liquidSavings":123457`), so tests running at the same time do not disturb the count.
 */
export async function countPlansWith(fragment: string): Promise<number> {
  const like = `%${fragment}%`;
  if (E2E_DATABASE_URL.startsWith("postgres")) {
    const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>('SELECT COUNT(*) AS n FROM "Plan" WHERE "profile" LIKE $1', [like]);
      return Number(rows[0]!.n);
    } finally {
      await client.end();
    }
  }
  const db = new Database(E2E_DATABASE_FILE, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM "Plan" WHERE "profile" LIKE ?').get(like) as { n: number }).n;
  } finally {
    db.close();
  }
}
