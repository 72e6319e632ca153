// Part of `npm run bench`: how fast the job queue works through a backlog. 50 one-turn scripted runs are queued at
// once on a private embedded PostgreSQL and one worker with 4 slots takes them; the time until the last is done is
// queue and bookkeeping overhead (the runs themselves take a few milliseconds each).

import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { disconnectPrisma } from "../lib/db/client";
import { listMigrations, readMigrationSql } from "../lib/db/migrations";
import { createRun } from "../lib/db/queries/runs";
import { startTestPostgres } from "../lib/db/test-postgres";
import { enqueueRun, stopQueue } from "../lib/jobs/queue";
import { waitForRun } from "../lib/jobs/testing/wait-for-run";
import { startWorker } from "../lib/jobs/worker";
import { parseScenarioText } from "../lib/sim/scenario";

const RUNS = 50;
const CONCURRENCY = 4;

async function migratedDatabase(adminUrl: string, url: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query("CREATE DATABASE parley_bench");
  await admin.end();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const name of await listMigrations()) await client.query(await readMigrationSql(name));
  await client.end();
}

const server = await startTestPostgres({ root: path.join(process.cwd(), ".parley", "bench") });
try {
  process.env.DATABASE_URL = server.url("parley_bench");
  await migratedDatabase(server.url("postgres"), process.env.DATABASE_URL);
  const worker = await startWorker({ concurrency: CONCURRENCY, env: {} });
  const example = parseScenarioText(readFileSync("examples/basic-conversation.json", "utf8"), "example");
  const ids: string[] = [];
  for (let index = 0; index < RUNS; index++)
    ids.push((await createRun({ scenario: { ...example, turns: 1 } })).id);

  const started = performance.now();
  for (const id of ids) await enqueueRun({ runId: id });
  for (const id of ids) await waitForRun(id, { timeoutMs: 120_000 });
  const seconds = (performance.now() - started) / 1000;

  console.log(`\nQueue: ${RUNS} one-turn scripted runs queued at once, one worker with ${CONCURRENCY} slots`);
  console.log(`  all done in ${seconds.toFixed(2)} s (${((seconds * 1000) / RUNS).toFixed(1)} ms a run)`);
  await worker.stop();
  await stopQueue();
  await disconnectPrisma();
} finally {
  await server.stop();
}
