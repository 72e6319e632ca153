import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { listRuns } from "../db/queries/runs";
import { createScenario, listScenarios } from "../db/queries/scenarios";
import { replayReportAsRun } from "../jobs/import-report-run";
import { parseMarkdownReport } from "../sim/import-report";
import { parseScenarioText } from "../sim/scenario";

export const EXAMPLE_SCENARIO_FILE = "examples/basic-conversation.json";
export const EXAMPLE_REPORT_FILE = "examples/basic-conversation.report.md";

// Any number that other applications sharing the database are unlikely to lock.
const SEED_LOCK_KEY = 0x7061726c; // "parl"

/** Holds a PostgreSQL advisory lock while seeding, so two servers starting together seed once. */
async function withSeedLock<T>(databaseUrl: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [SEED_LOCK_KEY]);
    return await work();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [SEED_LOCK_KEY]).catch(() => {});
    await client.end();
  }
}

async function isEmpty(): Promise<boolean> {
  if ((await listScenarios()).length > 0) return false;
  const runs = await listRuns({ page: 1, pageSize: 1, sort: { column: "startedAt", direction: "desc" } });
  return runs.total === 0;
}

/**
 * First start: an empty database gets the example scenario and, as a finished run of it, the reference report of
 * the old tool (the example's scripts are that report's messages, so the run reproduces it). Does nothing when the
 * database already holds a scenario or a run.
 */
export async function seedExample(options: { root?: string } = {}): Promise<{ seeded: boolean }> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is not set: call ensureDatabase() before seeding");
  const root = options.root ?? process.cwd();
  return withSeedLock(databaseUrl, async () => {
    if (!(await isEmpty())) return { seeded: false };
    const scenarioText = await readFile(path.join(root, EXAMPLE_SCENARIO_FILE), "utf8");
    const reportText = await readFile(path.join(root, EXAMPLE_REPORT_FILE), "utf8");
    const scenario = parseScenarioText(scenarioText, EXAMPLE_SCENARIO_FILE);
    const report = parseMarkdownReport(reportText);
    const { id: scenarioId } = await createScenario({ definition: scenario });
    await replayReportAsRun({ report, scenario, scenarioId });
    return { seeded: true };
  });
}
