import { describe, expect, it } from "vitest";
import { createModelsForScenario } from "../ai/registry";
import { includedSeqs } from "./assembly-seqs";
import type { SimEvent } from "./events";
import { parseMarkdownReport, reportToScenario } from "./import-report";
import { runSimulation } from "./run-simulation";
import type { Scenario } from "./scenario";
import {
  exampleScenario,
  metricRows,
  referenceAgentArtifacts,
  referenceHumanArtifacts,
  referenceMetrics,
  referenceReport,
} from "./testing/reference";
import type { ChatModel, ChatRequest } from "./types";

const offline = {};
const importedReference = (budget?: number) =>
  reportToScenario(parseMarkdownReport(referenceReport()), { budget });

/** The registry's scripted models, with each side's requests kept for inspection. */
function recordedModels(scenario: Scenario) {
  const models = createModelsForScenario(scenario, offline);
  const requests: { agent: ChatRequest[]; human: ChatRequest[] } = { agent: [], human: [] };
  const recording = (side: "agent" | "human"): ChatModel => ({
    id: models[side].id,
    generate: (request) => {
      requests[side].push(request);
      return models[side].generate(request);
    },
  });
  return { models: { agent: recording("agent"), human: recording("human") }, requests };
}

describe("replaying the reference report", () => {
  it("reproduces its metrics and both artifact tables at budget 4000 (estimate)", async () => {
    const scenario = importedReference();
    expect([scenario.budget, scenario.tokenizer]).toEqual([4000, "estimate"]);
    const result = await runSimulation({ scenario, models: createModelsForScenario(scenario, offline) });
    expect(result.status).toBe("succeeded");
    expect(metricRows(result.assemblies)).toEqual(referenceMetrics);
    expect(result.artifacts.agent.map(({ seq, kind, tokens }) => ({ seq, kind, tokens }))).toEqual(
      referenceAgentArtifacts,
    );
    expect(result.artifacts.human.map(({ seq, kind, tokens }) => ({ seq, kind, tokens }))).toEqual(
      referenceHumanArtifacts,
    );
  });

  it("filters old artifacts at budget 2000, as computed by hand", async () => {
    const scenario = importedReference(2000);
    const { models, requests } = recordedModels(scenario);
    const result = await runSimulation({ scenario, models });
    // System prompts: agent 1048, human 1059. Agent store: 18, 372, 177, 938, 221; human store: 372, 177, 938.
    expect(metricRows(result.assemblies)).toEqual([
      // 1048 + 18 = 1066
      { turn: 0, side: "agent", included: 1, filtered: 0, tokensUsed: 1066, tokensAvailable: 934 },
      // 1059 + 372 = 1431
      { turn: 0, side: "human", included: 1, filtered: 0, tokensUsed: 1431, tokensAvailable: 569 },
      // 1048 + 177 + 372 + 18 = 1615
      { turn: 1, side: "agent", included: 3, filtered: 0, tokensUsed: 1615, tokensAvailable: 385 },
      // 1059 + 938 = 1997; + 177 = 2174 > 2000, so 177 and 372 are filtered
      { turn: 1, side: "human", included: 1, filtered: 2, tokensUsed: 1997, tokensAvailable: 3 },
      // 1048 + 221 = 1269; + 938 = 2207 > 2000, so seqs 1-4 are filtered
      { turn: 2, side: "agent", included: 1, filtered: 4, tokensUsed: 1269, tokensAvailable: 731 },
    ]);
    expect(result.assemblies.map(includedSeqs)).toEqual([[1], [1], [1, 2, 3], [3], [5]]);
    // Each model saw exactly its included artifacts, oldest first, from its own point of view.
    const agentSaw = requests.agent.map((request) => request.messages.map((m) => m.role));
    expect(agentSaw).toEqual([["user"], ["user", "assistant", "user"], ["user"]]);
    expect(requests.agent[2].messages[0].content).toBe(scenario.human.script?.[1]);
    expect(requests.human.map((request) => request.messages.map((m) => m.role))).toEqual([
      ["user"],
      ["user"],
    ]);
    expect(requests.human[1].messages[0].content).toBe(scenario.agent.script?.[1]);
    expect(requests.human[0].system).toBe(scenario.human.system);
  });

  it("the example scenario reproduces the reference metrics with its real system prompts", async () => {
    const scenario = exampleScenario();
    const result = await runSimulation({ scenario, models: createModelsForScenario(scenario, offline) });
    expect(result.assemblies.map((a) => a.systemTokens)).toEqual([1048, 1059, 1048, 1059, 1048]);
    expect(metricRows(result.assemblies)).toEqual(referenceMetrics);
  });
});

describe("runSimulation", () => {
  it("emits typed events in turn order, and records each message's model, latency and finish reason", async () => {
    const scenario = { ...exampleScenario(), turns: 2 };
    const events: SimEvent[] = [];
    const result = await runSimulation({
      scenario,
      models: createModelsForScenario(scenario, offline),
      sessionId: "session-1",
      onEvent: (event) => {
        events.push(event);
      },
    });
    expect(events.map((e) => (e.type === "message" ? `message:${e.message.role}` : e.type))).toEqual([
      "turn-started",
      "message:human",
      "assembly",
      "message:agent",
      "turn-finished",
      "turn-started",
      "assembly",
      "message:human",
      "assembly",
      "message:agent",
      "turn-finished",
      "finished",
    ]);
    const stored = events.flatMap((e) =>
      e.type === "message" ? e.artifacts.map((a) => `${a.side}:${a.artifact.kind}`) : [],
    );
    // The human never reads the last reply, so it never enters the human store (as in the reference report).
    expect(stored).toEqual([
      "agent:user_input",
      "agent:agent_response",
      "human:user_input",
      "human:agent_response",
      "agent:user_input",
      "agent:agent_response",
    ]);
    expect(result).toMatchObject({ sessionId: "session-1", status: "succeeded", turns: 2 });
    expect(result.messages[0]).toMatchObject({ role: "human", model: "opener", tokens: 18 });
    expect(result.messages[1]).toMatchObject({
      role: "agent",
      model: "scripted",
      finishReason: "stop",
      tokens: 372,
    });
    expect(result.messages[1].latencyMs).toBeGreaterThanOrEqual(0);
    expect(Date.parse(result.startedAt)).not.toBeNaN();
  });

  it("records the usage a provider reports", async () => {
    const scenario = { ...exampleScenario(), turns: 1 };
    const agent: ChatModel = {
      id: "openai-compatible:usage-reporter",
      generate: async () => ({
        text: "Four words, no more.",
        finishReason: "length",
        usage: { inputTokens: 1066, outputTokens: 5 },
      }),
    };
    const result = await runSimulation({
      scenario,
      models: { ...createModelsForScenario(scenario, offline), agent },
    });
    expect(result.messages[1]).toMatchObject({
      model: "openai-compatible:usage-reporter",
      finishReason: "length",
      usage: { inputTokens: 1066, outputTokens: 5 },
      tokens: 5,
    });
  });

  it("rejects a system prompt larger than the budget before the run starts, naming the side", async () => {
    const scenario = { ...exampleScenario(), budget: 1050 };
    const events: SimEvent[] = [];
    const run = runSimulation({
      scenario,
      models: createModelsForScenario(scenario, offline),
      onEvent: (e) => void events.push(e),
    });
    await expect(run).rejects.toThrow(
      `scenario "basic-conversation": human.system: the human's system prompt is 1059 tokens (estimate), more than the budget of 1050`,
    );
    expect(events).toEqual([]);
  });

  it("fails clearly when a script runs out, keeping the turns recorded so far", async () => {
    const example = exampleScenario();
    const scenario = { ...example, agent: { ...example.agent, script: example.agent.script?.slice(0, 2) } };
    const events: SimEvent[] = [];
    const result = await runSimulation({
      scenario,
      models: createModelsForScenario(scenario, offline),
      onEvent: (e) => void events.push(e),
    });
    expect(result.status).toBe("failed");
    expect(result.error).toMatch(
      /^agent model "scripted" failed at turn 2: .*ran out of script after 2 replies/,
    );
    expect(result.turns).toBe(2);
    expect(result.messages.map((m) => `${m.turn}:${m.role}`)).toEqual([
      "0:human",
      "0:agent",
      "1:human",
      "1:agent",
      "2:human",
    ]);
    expect(metricRows(result.assemblies)).toEqual(referenceMetrics);
    expect(result.artifacts.agent).toHaveLength(5);
    expect(events.at(-1)).toEqual({ type: "failed", error: result.error, result });
  });

  it("names the human side and the turn it was writing when the human's script runs out", async () => {
    const example = exampleScenario();
    const scenario = { ...example, human: { ...example.human, script: example.human.script?.slice(0, 1) } };
    const result = await runSimulation({ scenario, models: createModelsForScenario(scenario, offline) });
    expect(result.error).toMatch(/^human model "scripted" failed at turn 2: /);
    expect(result).toMatchObject({ status: "failed", turns: 2 });
    expect(result.assemblies.at(-1)).toMatchObject({ turn: 1, side: "human" });
  });

  it("fails clearly, without calling the model, when not even the newest message fits beside the system prompt", async () => {
    const scenario = { ...exampleScenario(), budget: 1060 }; // agent system 1048 + opener 18 = 1066
    const { models, requests } = recordedModels(scenario);
    const result = await runSimulation({ scenario, models });
    expect(result).toMatchObject({ status: "failed", turns: 0 });
    expect(result.error).toBe(
      "agent's context at turn 0 holds no message: the newest (18 tokens) does not fit beside the 1048-token " +
        "system prompt within the budget of 1060",
    );
    expect(metricRows(result.assemblies)).toEqual([
      { turn: 0, side: "agent", included: 0, filtered: 1, tokensUsed: 1048, tokensAvailable: 12 },
    ]);
    expect(requests.agent).toEqual([]);
  });

  it("stops between model calls when the signal is aborted, as cancelled", async () => {
    const scenario = exampleScenario();
    const controller = new AbortController();
    const events: SimEvent[] = [];
    const result = await runSimulation({
      scenario,
      models: createModelsForScenario(scenario, offline),
      signal: controller.signal,
      onEvent: (event) => {
        events.push(event);
        if (event.type === "turn-finished" && event.turn === 0) controller.abort();
      },
    });
    expect(result).toMatchObject({ status: "cancelled", turns: 1 });
    expect(result.messages).toHaveLength(2);
    expect(events.at(-1)).toMatchObject({ type: "finished", result: { status: "cancelled" } });
  });

  it("ends as cancelled when the signal aborts the model call in flight", async () => {
    const scenario = exampleScenario();
    const controller = new AbortController();
    const result = await runSimulation({
      scenario,
      models: createModelsForScenario(scenario, offline),
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === "assembly" && event.assembly.turn === 1 && event.assembly.side === "agent")
          controller.abort();
      },
    });
    expect(result).toMatchObject({ status: "cancelled", turns: 1 });
    expect(result.error).toBeUndefined();
    expect(result.messages.map((m) => m.role)).toEqual(["human", "agent", "human"]);
  });
});
