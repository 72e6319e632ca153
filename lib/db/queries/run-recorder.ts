// Persists a running simulation from its events: each turn's rows in one transaction, so a crash loses at most
// the turn in flight. No `import "server-only"`: the worker runs this outside Next.js.
import type { SimEvent, SimResult } from "../../sim/events";
import { getPrisma } from "../client";
import type { Prisma } from "../generated/client";
import { artifactRow, assemblyRow, messageRow } from "./run-rows";

interface PendingRows {
  messages: Prisma.MessageCreateManyInput[];
  artifacts: Prisma.ArtifactCreateManyInput[];
  assemblies: Prisma.AssemblyCreateManyInput[];
  tokens: number;
}

const noRows = (): PendingRows => ({ messages: [], artifacts: [], assemblies: [], tokens: 0 });

/** The handler to pass as runSimulation's onEvent for a run created by createRun(). */
export function createRunRecorder({ runId }: { runId: string }): (event: SimEvent) => Promise<void> {
  let started = false;
  let messageSeq = 0;
  let assemblySeq = 0;
  let pending = noRows();

  const start = async () => {
    const prisma = getPrisma();
    // A run starts from nothing: clear whatever an earlier attempt left behind.
    await prisma.$transaction([
      prisma.message.deleteMany({ where: { runId } }),
      prisma.artifact.deleteMany({ where: { runId } }),
      prisma.assembly.deleteMany({ where: { runId } }),
      prisma.run.update({
        where: { id: runId },
        data: { status: "running", startedAt: new Date(), turnsDone: 0, totalTokens: 0, error: null },
      }),
    ]);
  };

  /** The buffered rows and the run's new state, in one transaction. */
  const commit = async (run: (tokens: number) => Prisma.RunUpdateInput) => {
    const rows = pending;
    pending = noRows();
    const prisma = getPrisma();
    await prisma.$transaction([
      prisma.message.createMany({ data: rows.messages }),
      prisma.artifact.createMany({ data: rows.artifacts }),
      prisma.assembly.createMany({ data: rows.assemblies }),
      prisma.run.update({ where: { id: runId }, data: run(rows.tokens) }),
    ]);
  };

  const finishTurn = (turn: number) =>
    commit((tokens) => ({ turnsDone: turn + 1, totalTokens: { increment: tokens } }));

  const finish = (result: SimResult, error: string | undefined) =>
    commit(() => ({
      status: result.status,
      error: error ?? null,
      sessionId: result.sessionId,
      turnsDone: result.turns,
      totalTokens: result.messages.reduce((sum, message) => sum + message.tokens, 0),
      startedAt: new Date(result.startedAt),
      finishedAt: new Date(),
      durationMs: Math.round(result.durationMs),
    }));

  return async (event) => {
    if (!started) {
      started = true;
      await start();
    }
    switch (event.type) {
      case "message":
        pending.messages.push(messageRow(runId, messageSeq++, event.message));
        pending.tokens += event.message.tokens;
        for (const { side, artifact } of event.artifacts)
          pending.artifacts.push(artifactRow(runId, side, artifact));
        return;
      case "assembly":
        pending.assemblies.push(assemblyRow(runId, assemblySeq++, event.assembly));
        return;
      case "turn-finished":
        return finishTurn(event.turn);
      case "finished":
        return finish(event.result, event.result.error);
      case "failed":
        return finish(event.result, event.error);
      case "turn-started":
        return;
    }
  };
}
