// Runs: creation, the runs list, cheap progress and cancellation. No `import "server-only"`: the worker, scripts
// and vitest import these too. Recording a run's events lives in run-recorder.ts, reading it back in run-detail.ts.
import { randomBytes, randomUUID } from "node:crypto";
import type { Scenario } from "../../sim/scenario";
import type { RunStatus } from "../../sim/types";
import { getPrisma } from "../client";
import type { Prisma } from "../generated/client";

export { getArtifact, getRunDetail, type RunDetail } from "./run-detail";
export { createRunRecorder } from "./run-recorder";

export interface RunSummary {
  id: string;
  scenarioName: string;
  status: RunStatus;
  turnsDone: number;
  turnsTotal: number;
  agentModel: string;
  humanModel: string;
  budget: number;
  totalTokens: number;
  durationMs: number | null;
  startedAt: Date | null;
  createdAt: Date;
}

export type RunSortColumn = "scenario" | "status" | "turns" | "budget" | "tokens" | "duration" | "startedAt";

export interface ListRunsOptions {
  page: number; // from 1
  pageSize: number;
  sort: { column: RunSortColumn; direction: "asc" | "desc" };
  status?: RunStatus;
  /** Exact scenario name. */
  scenario?: string;
}

export const runSummarySelect = {
  id: true,
  scenarioName: true,
  status: true,
  turnsDone: true,
  turnsTotal: true,
  agentModel: true,
  humanModel: true,
  budget: true,
  totalTokens: true,
  durationMs: true,
  startedAt: true,
  createdAt: true,
} satisfies Prisma.RunSelect;

/** 128 random bits: a run's URL is its share link, so it must not be guessable. */
function newRunId(): string {
  return randomBytes(16).toString("base64url");
}

export async function createRun({
  scenario,
  scenarioId = null,
}: {
  scenario: Scenario;
  scenarioId?: string | null;
}): Promise<{ id: string }> {
  return getPrisma().run.create({
    data: {
      id: newRunId(),
      scenarioId,
      scenarioSnapshot: scenario as unknown as Prisma.InputJsonObject,
      scenarioName: scenario.name,
      sessionId: randomUUID(),
      turnsTotal: scenario.turns,
      agentModel: scenario.agent.model,
      humanModel: scenario.human.model,
      budget: scenario.budget,
      tokenizer: scenario.tokenizer,
    },
    select: { id: true },
  });
}

function orderBy({ column, direction }: ListRunsOptions["sort"]): Prisma.RunOrderByWithRelationInput[] {
  const by: Record<RunSortColumn, Prisma.RunOrderByWithRelationInput[]> = {
    scenario: [{ scenarioName: direction }],
    status: [{ status: direction }],
    turns: [{ turnsDone: direction }, { turnsTotal: direction }],
    budget: [{ budget: direction }],
    tokens: [{ totalTokens: direction }],
    duration: [{ durationMs: { sort: direction, nulls: "last" } }],
    // A queued run has not started yet: it counts as the newest.
    startedAt: [{ startedAt: { sort: direction, nulls: direction === "desc" ? "first" : "last" } }],
  };
  return [...by[column], { createdAt: direction }, { id: direction }];
}

export async function listRuns(options: ListRunsOptions): Promise<{ rows: RunSummary[]; total: number }> {
  const where: Prisma.RunWhereInput = { status: options.status, scenarioName: options.scenario };
  const pageSize = Math.max(1, Math.floor(options.pageSize));
  const page = Math.max(1, Math.floor(options.page));
  const [rows, total] = await getPrisma().$transaction([
    getPrisma().run.findMany({
      where,
      orderBy: orderBy(options.sort),
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: runSummarySelect,
    }),
    getPrisma().run.count({ where }),
  ]);
  return { rows, total };
}

/** Names of scenarios that have runs (imported runs' scenarios may not be in the library). */
export async function listRunScenarioNames(): Promise<string[]> {
  const rows = await getPrisma().run.findMany({
    distinct: ["scenarioName"],
    select: { scenarioName: true },
    orderBy: { scenarioName: "asc" },
  });
  return rows.map((row) => row.scenarioName);
}

export interface RunProgress {
  status: RunStatus;
  turnsDone: number;
  turnsTotal: number;
  messageCount: number;
  updatedAt: Date;
}

export async function getRunProgress({ id }: { id: string }): Promise<RunProgress | null> {
  const run = await getPrisma().run.findUnique({
    where: { id },
    select: {
      status: true,
      turnsDone: true,
      turnsTotal: true,
      updatedAt: true,
      _count: { select: { messages: true } },
    },
  });
  if (!run) return null;
  const { _count, ...progress } = run;
  return { ...progress, messageCount: _count.messages };
}

/** "cancelled": the run had not started and is over now. "stopping": the worker stops it between model calls. */
export type CancelOutcome = "cancelled" | "stopping";

/** Null when the run is unknown or already over. */
export async function requestCancel({ id }: { id: string }): Promise<CancelOutcome | null> {
  const prisma = getPrisma();
  // A queued run has nothing to stop, and no worker may be running to stop it: it ends here. The flag is set too,
  // for a worker that picked the job up just now (it stops the run at its first check).
  const queued = await prisma.run.updateMany({
    where: { id, status: "queued" },
    data: { status: "cancelled", cancelRequested: true, error: null, finishedAt: new Date() },
  });
  if (queued.count > 0) return "cancelled";
  const running = await prisma.run.updateMany({
    where: { id, status: "running" },
    data: { cancelRequested: true },
  });
  return running.count > 0 ? "stopping" : null;
}

export async function isCancelRequested({ id }: { id: string }): Promise<boolean> {
  const run = await getPrisma().run.findUnique({ where: { id }, select: { cancelRequested: true } });
  return run?.cancelRequested ?? false;
}

async function endRun(id: string, status: "failed" | "cancelled", error: string | null): Promise<void> {
  const prisma = getPrisma();
  const run = await prisma.run.findUnique({ where: { id }, select: { startedAt: true } });
  if (!run) return;
  const finishedAt = new Date();
  await prisma.run.update({
    where: { id },
    data: {
      status,
      error,
      finishedAt,
      durationMs: run.startedAt ? finishedAt.getTime() - run.startedAt.getTime() : null,
    },
  });
}

/** For failures outside the engine (a missing key, a worker that died mid-run); recorded turns are kept. */
export function markRunFailed({ id, error }: { id: string; error: string }): Promise<void> {
  return endRun(id, "failed", error);
}

/** For a run cancelled before the engine ever started it. */
export function markRunCancelled({ id }: { id: string }): Promise<void> {
  return endRun(id, "cancelled", null);
}
