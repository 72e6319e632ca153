import { expect, it } from "vitest";
import { createModelsForScenario } from "../ai/registry";
import { toJsonReport } from "./report-json";
import { runSimulation } from "./run-simulation";
import { exampleScenario } from "./testing/reference";

it("the JSON report carries the run's messages, assembly rows and both stores under the agreed names", async () => {
  const scenario = { ...exampleScenario(), budget: 2000 };
  const result = await runSimulation({
    scenario,
    models: createModelsForScenario(scenario, {}),
    sessionId: "s-1",
  });
  const report = JSON.parse(JSON.stringify(toJsonReport(result)));

  expect(report).toMatchObject({
    sessionId: "s-1",
    status: "succeeded",
    turns: 3,
    scenario: { name: "basic-conversation" },
  });
  expect(report.durationMs).toBe(result.durationMs);
  expect(report.messages[1]).toMatchObject({
    turn: 0,
    role: "agent",
    tokens: 372,
    model: "scripted",
    finishReason: "stop",
  });
  expect(report.messages[1].content).toBe(scenario.agent.script?.[0]);
  expect(report.assemblies[3]).toEqual({
    turn: 1,
    side: "human",
    included: 1,
    filtered: 2,
    tokensUsed: 1997,
    tokensAvailable: 3,
    systemTokens: 1059,
    budget: 2000,
    includedSeqs: [3],
    filteredThroughSeq: 2,
  });
  expect(report.artifacts.agent.map((a: { tokens: number }) => a.tokens)).toEqual([
    18, 372, 177, 938, 221, 1244,
  ]);
  expect(report.artifacts.human[0]).toMatchObject({ seq: 1, kind: "user_input", tokens: 372, turn: 0 });
  expect(report.startedAt).toBe(result.startedAt);
});
