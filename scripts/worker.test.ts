// `npm run worker` as its own process, against the test database: it takes queued runs and, when stopped, records
// the run it was executing before it exits.
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma } from "../lib/db/client";
import { createRun, getRunDetail } from "../lib/db/queries/runs";
import { createTestDatabase, type TestDatabase } from "../lib/db/test-database";
import { enqueueRun, stopQueue } from "../lib/jobs/queue";
import { waitForRun } from "../lib/jobs/testing/wait-for-run";
import type { Scenario } from "../lib/sim/scenario";
import { exampleScenario } from "../lib/sim/testing/reference";

const repo = path.resolve(import.meta.dirname, "..");
// Left unmigrated: the worker applies the migrations itself at start, as it does against a new server.
let database: TestDatabase;

function startWorkerProcess(): {
  child: ChildProcessWithoutNullStreams;
  output: () => string;
  ready: Promise<void>;
} {
  const tsx = path.join(repo, "node_modules", "tsx", "dist", "cli.mjs");
  // Only what the test gives: keys set on the developer's machine must not leak in.
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: "test",
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABASE_URL: database.url,
    PARLEY_CONCURRENCY: "2",
  };
  const child = spawn(process.execPath, [tsx, "scripts/worker.ts"], {
    cwd: repo,
    env,
  });
  let output = "";
  const ready = new Promise<void>((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("worker ready")) resolve();
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.once("exit", (code) =>
      reject(new Error(`the worker exited (${code}) before it was ready:\n${output}`)),
    );
  });
  return { child, output: () => output, ready };
}

function exitOf(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });
}

function longScriptedScenario(turns: number): Scenario {
  const replies = (prefix: string) => Array.from({ length: turns }, (_, index) => `${prefix} ${index}`);
  return {
    ...exampleScenario(),
    name: "long scripted",
    turns,
    budget: 1_000_000,
    agent: { model: "scripted", system: "You answer.", script: replies("answer") },
    human: { model: "scripted", system: "You ask.", opener: "Hello?", script: replies("question") },
  };
}

let worker: ReturnType<typeof startWorkerProcess>;
beforeAll(async () => {
  database = await createTestDatabase({ migrate: false });
  process.env.DATABASE_URL = database.url;
  worker = startWorkerProcess();
  await worker.ready;
}, 90_000);
afterAll(async () => {
  if (worker?.child.exitCode === null) worker.child.kill("SIGKILL");
  await stopQueue();
  await disconnectPrisma();
  await database?.drop();
});

describe("npm run worker", () => {
  it("executes runs queued by another process", async () => {
    const { id } = await createRun({ scenario: exampleScenario() });
    await enqueueRun({ runId: id });
    expect(await waitForRun(id)).toMatchObject({ status: "succeeded", turnsDone: 3 });
  });

  it("on SIGTERM, records the run in flight as interrupted, keeps its turns, and exits", async () => {
    const { id } = await createRun({ scenario: longScriptedScenario(5_000) });
    await enqueueRun({ runId: id });
    await waitForRun(id, { until: (progress) => progress.turnsDone >= 5 });

    worker.child.kill("SIGTERM");
    expect(await exitOf(worker.child)).toBe(143);
    const run = await getRunDetail({ id });
    expect(run?.status).toBe("failed");
    expect(run?.error).toMatch(/stopped while this run was in progress/);
    expect(run?.turnsDone).toBeGreaterThanOrEqual(5);
    expect(run?.turnsDone).toBeLessThan(5_000);
    expect(run?.result.messages.length).toBeGreaterThanOrEqual(2 * (run?.turnsDone ?? 0));
  });
});
