import { describe, expect, it } from "vitest";
import type { SimEvent, SimResult } from "../../sim/events";
import type { Scenario } from "../../sim/scenario";
import { exampleScenario } from "../../sim/testing/reference";
import type { Artifact, Assembly, SimMessage } from "../../sim/types";
import { getPrisma } from "../client";
import { setupTestDatabase } from "../test-database";
import { createRun, createRunRecorder, getRunDetail, getRunProgress } from "./runs";

setupTestDatabase();

const scenario: Scenario = { ...exampleScenario(), name: "hand-made", turns: 3 };

function message(turn: number, role: SimMessage["role"], content: string): SimMessage {
  const base = { turn, role, content, tokens: content.length };
  if (role === "human") return { ...base, model: "opener" };
  // What a real provider reports: it must come back from the database as it went in.
  return {
    ...base,
    model: "openai:gpt-test",
    latencyMs: 812.25,
    finishReason: "stop",
    usage: { inputTokens: 40 },
  };
}

function artifact(seq: number, turn: number, kind: Artifact["kind"], content: string): Artifact {
  return { seq, kind, content, tokens: content.length, turn };
}

function assembly(turn: number, side: Assembly["side"], includedThroughSeq: number): Assembly {
  return {
    turn,
    side,
    included: includedThroughSeq,
    filtered: 0,
    systemTokens: 10,
    tokensUsed: 10 + includedThroughSeq,
    tokensAvailable: 90 - includedThroughSeq,
    budget: 100,
    filteredThroughSeq: 0,
    includedThroughSeq,
  };
}

/** The events of one turn as the engine emits them: human message, agent assembly, agent reply. */
function turnEvents(turn: number): SimEvent[] {
  const question = `question ${turn}`;
  const answer = `answer ${turn}`;
  return [
    { type: "turn-started", turn },
    {
      type: "message",
      message: message(turn, "human", question),
      artifacts: [{ side: "agent", artifact: artifact(2 * turn + 1, turn, "user_input", question) }],
    },
    { type: "assembly", assembly: assembly(turn, "agent", 2 * turn + 1) },
    {
      type: "message",
      message: message(turn, "agent", answer),
      artifacts: [{ side: "agent", artifact: artifact(2 * turn + 2, turn, "agent_response", answer) }],
    },
    { type: "turn-finished", turn },
  ];
}

async function rowCounts(runId: string) {
  const prisma = getPrisma();
  const where = { where: { runId } };
  return {
    messages: await prisma.message.count(where),
    artifacts: await prisma.artifact.count(where),
    assemblies: await prisma.assembly.count(where),
  };
}

describe("createRunRecorder", () => {
  it("marks the run running at its first event and commits each turn as it finishes", async () => {
    const { id } = await createRun({ scenario });
    const record = createRunRecorder({ runId: id });
    const [started, ...rest] = turnEvents(0);

    await record(started);
    expect(await getRunProgress({ id })).toMatchObject({ status: "running", turnsDone: 0, messageCount: 0 });
    for (const event of rest.slice(0, -1)) await record(event);
    // Nothing of a turn is visible before it finishes.
    expect(await rowCounts(id)).toEqual({ messages: 0, artifacts: 0, assemblies: 0 });
    await record(rest.at(-1) as SimEvent);
    expect(await rowCounts(id)).toEqual({ messages: 2, artifacts: 2, assemblies: 1 });
    const detail = await getRunDetail({ id });
    expect(detail).toMatchObject({
      status: "running",
      turnsDone: 1,
      totalTokens: "question 0answer 0".length,
    });
    expect(detail?.startedAt).toBeInstanceOf(Date);
  });

  it("keeps the finished turns and none of the turn in flight when the process dies mid-turn", async () => {
    const { id } = await createRun({ scenario });
    const record = createRunRecorder({ runId: id });
    for (const event of [...turnEvents(0), ...turnEvents(1)]) await record(event);
    // Turn 2 gets as far as the agent's assembly; then the worker is gone.
    for (const event of turnEvents(2).slice(0, 3)) await record(event);

    const detail = await getRunDetail({ id });
    expect(detail?.turnsDone).toBe(2);
    expect(detail?.result.messages.map((m) => m.content)).toEqual([
      "question 0",
      "answer 0",
      "question 1",
      "answer 1",
    ]);
    expect(detail?.result.artifacts.agent.map((a) => a.seq)).toEqual([1, 2, 3, 4]);
    expect(detail?.result.assemblies.map((a) => a.turn)).toEqual([0, 1]);
  });

  it("writes a turn all or nothing: a failing row rolls back the turn's other rows", async () => {
    const { id } = await createRun({ scenario });
    const record = createRunRecorder({ runId: id });
    for (const event of turnEvents(0)) await record(event);
    const [started, human, agentAssembly, , finished] = turnEvents(1);
    // An artifact seq that already exists in the agent's store breaks the turn's insert.
    const clash: SimEvent = {
      type: "message",
      message: message(1, "agent", "answer 1"),
      artifacts: [{ side: "agent", artifact: artifact(1, 1, "agent_response", "answer 1") }],
    };
    for (const event of [started, human, agentAssembly, clash]) await record(event);
    await expect(record(finished)).rejects.toThrow();

    expect(await rowCounts(id)).toEqual({ messages: 2, artifacts: 2, assemblies: 1 });
    expect((await getRunProgress({ id }))?.turnsDone).toBe(1);
  });

  it("on failure stores the rest of the rows, the error, the totals and the duration", async () => {
    const { id } = await createRun({ scenario });
    const record = createRunRecorder({ runId: id });
    const events = turnEvents(0);
    for (const event of events) await record(event);
    const humanOfTurn1 = turnEvents(1)[1] as Extract<SimEvent, { type: "message" }>;
    await record(humanOfTurn1);

    const result: SimResult = {
      scenario,
      sessionId: "session-from-engine",
      status: "failed",
      error: "agent (scripted): ran out of script",
      turns: 1,
      startedAt: new Date(Date.now() - 1500).toISOString(),
      durationMs: 1500,
      messages: [message(0, "human", "question 0"), message(0, "agent", "answer 0"), humanOfTurn1.message],
      assemblies: [assembly(0, "agent", 1)],
      artifacts: {
        agent: [
          artifact(1, 0, "user_input", "question 0"),
          artifact(2, 0, "agent_response", "answer 0"),
          artifact(3, 1, "user_input", "question 1"),
        ],
        human: [],
      },
    };
    await record({ type: "failed", error: result.error as string, result });

    const detail = await getRunDetail({ id });
    expect(detail).toMatchObject({
      status: "failed",
      error: "agent (scripted): ran out of script",
      sessionId: "session-from-engine",
      turnsDone: 1,
      totalTokens: "question 0answer 0question 1".length,
      durationMs: 1500,
    });
    expect(detail?.finishedAt).toBeInstanceOf(Date);
    expect(detail?.result).toEqual(result);
  });
});
