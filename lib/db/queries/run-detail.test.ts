import { describe, expect, expectTypeOf, it } from "vitest";
import { createModelsForScenario } from "../../ai/registry";
import type { SimEvent } from "../../sim/events";
import { toJsonReport } from "../../sim/report-json";
import { renderMarkdownReport } from "../../sim/report-markdown";
import { runSimulation } from "../../sim/run-simulation";
import { parseScenarioText, type Scenario } from "../../sim/scenario";
import { exampleScenario, readExample } from "../../sim/testing/reference";
import type { RunStatus } from "../../sim/types";
import { getPrisma } from "../client";
import { setupTestDatabase } from "../test-database";
import { createRun, createRunRecorder, getArtifact, getRunDetail, getRunProgress } from "./runs";

setupTestDatabase();

const offline = {};
const tightBudget = () => parseScenarioText(readExample("tight-budget.yaml"), "examples/tight-budget.yaml");

async function runAndRecord(scenario: Scenario, options: { signal?: AbortSignal } = {}) {
  const { id } = await createRun({ scenario });
  const record = createRunRecorder({ runId: id });
  const result = await runSimulation({
    scenario,
    models: createModelsForScenario(scenario, offline),
    signal: options.signal,
    onEvent: record,
  });
  return { id, result };
}

function failIfMissing(): never {
  throw new Error("the run was not found");
}

describe("getRunDetail", () => {
  it("rebuilds exactly the result the engine returned, so reports render the same from the database", async () => {
    const scenario = tightBudget();
    const { id, result } = await runAndRecord(scenario);
    expect(result.status).toBe("succeeded");
    // The small budget makes older artifacts fall out: the ranges must survive the trip.
    expect(result.assemblies.some((assembly) => assembly.filteredThroughSeq > 0)).toBe(true);

    const detail = await getRunDetail({ id });
    expect(detail?.result).toEqual(result);
    expect(renderMarkdownReport(detail?.result ?? result)).toBe(renderMarkdownReport(result));
    expect(detail).toMatchObject({
      status: "succeeded",
      sessionId: result.sessionId,
      turnsDone: scenario.turns,
      turnsTotal: scenario.turns,
      durationMs: result.durationMs,
      totalTokens: result.messages.reduce((sum, message) => sum + message.tokens, 0),
      startedAt: new Date(result.startedAt),
    });
  });

  it("records a run that fails mid-way with the turns it completed", async () => {
    const full = exampleScenario();
    const scenario = { ...full, agent: { ...full.agent, script: full.agent.script?.slice(0, 1) } };
    const { id, result } = await runAndRecord(scenario);
    expect(result.status).toBe("failed");

    const detail = await getRunDetail({ id });
    expect(detail?.status).toBe("failed");
    expect(detail?.error).toBe(result.error);
    expect(detail?.turnsDone).toBe(1);
    expect(detail?.result).toEqual(result);
  });

  it("records a cancelled run as cancelled, keeping what it had done", async () => {
    const scenario = tightBudget();
    const controller = new AbortController();
    const { id } = await createRun({ scenario });
    const record = createRunRecorder({ runId: id });
    const result = await runSimulation({
      scenario,
      models: createModelsForScenario(scenario, offline),
      signal: controller.signal,
      onEvent: async (event: SimEvent) => {
        await record(event);
        if (event.type === "turn-finished" && event.turn === 1) controller.abort();
      },
    });
    expect(result.status).toBe("cancelled");

    const detail = await getRunDetail({ id });
    expect(detail).toMatchObject({ status: "cancelled", turnsDone: 2, error: null });
    expect(detail?.result).toEqual(result);
    expect(await getRunProgress({ id })).toMatchObject({ status: "cancelled", turnsDone: 2 });
  });

  it("reads back an unfinished run with its live status, which its reports print", async () => {
    const { id } = await createRun({ scenario: exampleScenario() });
    const queued = await getRunDetail({ id });
    expectTypeOf(queued?.result.status).toEqualTypeOf<RunStatus | undefined>();
    expect(queued?.result.status).toBe("queued");
    expect(renderMarkdownReport(queued?.result ?? failIfMissing())).toContain("**Status:** queued");

    await getPrisma().run.update({ where: { id }, data: { status: "running", startedAt: new Date() } });
    const running = (await getRunDetail({ id }))?.result ?? failIfMissing();
    expect(renderMarkdownReport(running)).toContain("**Status:** running");
    expect(toJsonReport(running)).toMatchObject({ status: "running", turns: 0, messages: [] });
  });

  it("reads one artifact in full without the rest of the run", async () => {
    const { id, result } = await runAndRecord(tightBudget());
    const last = result.artifacts.human.at(-1);
    expect(last).toBeDefined();
    expect(await getArtifact({ runId: id, side: "human", seq: last?.seq ?? 0 })).toEqual(last);
    expect(await getArtifact({ runId: id, side: "agent", seq: 1 })).toEqual(result.artifacts.agent[0]);
    expect(
      await getArtifact({ runId: id, side: "agent", seq: result.artifacts.agent.length + 1 }),
    ).toBeNull();
    expect(await getArtifact({ runId: "no-such-run", side: "agent", seq: 1 })).toBeNull();
  });

  it("returns null for an unknown run", async () => {
    expect(await getRunDetail({ id: "no-such-run" })).toBeNull();
    expect(await getRunProgress({ id: "no-such-run" })).toBeNull();
  });
});
