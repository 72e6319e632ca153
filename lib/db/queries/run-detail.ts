// A run read back whole: its summary plus a SimResult rebuilt from the recorded rows, in the shape the engine
// returns, so reports render from the database. No `import "server-only"`: the worker and vitest use it too.
import type { RecordedResult } from "../../sim/events";
import type { Scenario } from "../../sim/scenario";
import type { Artifact, Side } from "../../sim/types";
import { getPrisma } from "../client";
import { asScenario, toArtifact, toAssembly, toSimMessage } from "./run-rows";
import type { RunSummary } from "./runs";

export interface RunDetail extends RunSummary {
  /** The library scenario it was launched from; null for runs of deleted scenarios and runs made without one. */
  scenarioId: string | null;
  sessionId: string;
  error: string | null;
  scenario: Scenario;
  finishedAt: Date | null;
  /** Everything recorded so far, shaped as the engine's result; its status is "queued" or "running" until the end. */
  result: RecordedResult;
}

export async function getRunDetail({ id }: { id: string }): Promise<RunDetail | null> {
  const prisma = getPrisma();
  const byRun = { where: { runId: id } };
  // One snapshot: a turn committed halfway through these reads must not show up in only some of them.
  const [run, messages, artifacts, assemblies] = await prisma.$transaction(
    [
      prisma.run.findUnique({ where: { id } }),
      prisma.message.findMany({ ...byRun, orderBy: { seq: "asc" }, omit: { runId: true, seq: true } }),
      prisma.artifact.findMany({
        ...byRun,
        orderBy: [{ side: "asc" }, { seq: "asc" }],
        omit: { runId: true },
      }),
      prisma.assembly.findMany({ ...byRun, orderBy: { seq: "asc" }, omit: { runId: true, seq: true } }),
    ],
    { isolationLevel: "RepeatableRead" },
  );
  if (!run) return null;

  const scenario = asScenario(run.scenarioSnapshot);
  const result: RecordedResult = {
    scenario,
    sessionId: run.sessionId,
    status: run.status,
    turns: run.turnsDone,
    startedAt: (run.startedAt ?? run.createdAt).toISOString(),
    durationMs: run.durationMs ?? (run.startedAt ? Date.now() - run.startedAt.getTime() : 0),
    messages: messages.map(toSimMessage),
    assemblies: assemblies.map(toAssembly),
    artifacts: {
      agent: artifacts.filter((row) => row.side === "agent").map(toArtifact),
      human: artifacts.filter((row) => row.side === "human").map(toArtifact),
    },
  };
  if (run.error !== null) result.error = run.error;

  return {
    id: run.id,
    scenarioName: run.scenarioName,
    status: run.status,
    turnsDone: run.turnsDone,
    turnsTotal: run.turnsTotal,
    agentModel: run.agentModel,
    humanModel: run.humanModel,
    budget: run.budget,
    totalTokens: run.totalTokens,
    durationMs: run.durationMs,
    startedAt: run.startedAt,
    createdAt: run.createdAt,
    scenarioId: run.scenarioId,
    sessionId: run.sessionId,
    error: run.error,
    scenario,
    finishedAt: run.finishedAt,
    result,
  };
}

/** One artifact in full, by its key: the runs page sends long runs' artifacts as previews and expands them one by one. */
export async function getArtifact({
  runId,
  side,
  seq,
}: {
  runId: string;
  side: Side;
  seq: number;
}): Promise<Artifact | null> {
  const row = await getPrisma().artifact.findUnique({
    where: { runId_side_seq: { runId, side, seq } },
    omit: { runId: true, side: true },
  });
  return row ? toArtifact(row) : null;
}
