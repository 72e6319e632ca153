import { describe, expect, it } from "vitest";
import { parseScenario, parseScenarioText, ScenarioError } from "./scenario";

const valid = {
  name: "demo",
  turns: 2,
  budget: 4000,
  agent: { model: "openai:gpt-4o-mini", system: "You help." },
  human: { model: "scripted", system: "You ask.", opener: "Hi", script: ["More?"] },
};

function errorOf(value: unknown, source = "examples/x.json"): string {
  try {
    parseScenario(value, source);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as Error).message;
  }
  throw new Error("expected a ScenarioError");
}

describe("parseScenario", () => {
  it("applies the defaults: o200k_base tokenizer, recent policy", () => {
    const scenario = parseScenario(valid, "demo.json");
    expect(scenario.tokenizer).toBe("o200k_base");
    expect(scenario.policy).toBe("recent");
  });

  it("rejects unknown keys, naming the file and the field", () => {
    const message = errorOf({ ...valid, agent: { ...valid.agent, systemPrompt: "x" } });
    expect(message).toBe("examples/x.json: agent.systemPrompt: unknown key");
    expect(errorOf({ ...valid, budgets: 5 })).toBe("examples/x.json: budgets: unknown key");
  });

  it("rejects a model without a provider prefix", () => {
    const message = errorOf({ ...valid, agent: { ...valid.agent, model: "gpt-4o" } });
    expect(message).toMatch(/^examples\/x\.json: agent\.model: expected "provider:model-id"/);
    expect(errorOf({ ...valid, agent: { ...valid.agent, model: "mistral:large" } })).toContain("agent.model");
    expect(message).toMatch(/, got "gpt-4o"$/);
  });

  it("accepts every provider prefix", () => {
    for (const model of ["openai:a", "anthropic:b", "google:c", "ollama:llama3.2", "openai-compatible:d"]) {
      expect(parseScenario({ ...valid, agent: { ...valid.agent, model } }, "x").agent.model).toBe(model);
    }
  });

  it("names a missing field", () => {
    const { opener: _opener, ...humanWithoutOpener } = valid.human;
    expect(errorOf({ ...valid, human: humanWithoutOpener })).toBe(
      "examples/x.json: human.opener: required (string)",
    );
  });

  it("keeps turns within 1..10000 and the budget a positive integer", () => {
    expect(errorOf({ ...valid, turns: 0 })).toMatch(/^examples\/x\.json: turns: /);
    expect(errorOf({ ...valid, turns: 10_001 })).toMatch(/^examples\/x\.json: turns: /);
    expect(errorOf({ ...valid, budget: 2.5 })).toMatch(/: budget: /);
    expect(errorOf({ ...valid, turns: 0 })).toBe("examples/x.json: turns: must be at least 1");
    expect(errorOf({ ...valid, budget: 0 })).toBe("examples/x.json: budget: must be more than 0");
    expect(errorOf({ ...valid, name: "" })).toBe("examples/x.json: name: must not be empty");
    // One message, about the range, not a safe-integer limit or script lengths measured against 1e30 turns.
    const scripted = { ...valid, agent: { model: "scripted", system: "", script: ["a"] } };
    expect(errorOf({ ...scripted, turns: 1e30 })).toBe("examples/x.json: turns: must be at most 10000");
    const unscripted = { ...valid, human: { ...valid.human, model: "ollama:llama3.2" } };
    expect(parseScenario({ ...unscripted, turns: 10_000 }, "x").turns).toBe(10_000);
  });

  it("requires a script for a scripted side, except a human that never speaks after its opener", () => {
    expect(errorOf({ ...valid, human: { ...valid.human, script: [] } })).toContain("human.script: ");
    expect(errorOf({ ...valid, agent: { model: "scripted", system: "" } })).toContain("agent.script: ");
    const oneTurn = { ...valid, turns: 1, human: { ...valid.human, script: undefined } };
    expect(parseScenario(oneTurn, "x").turns).toBe(1);
  });

  it("rejects a script too short for the turns, before any run: one reply per turn, the opener aside", () => {
    const scripted = { ...valid, agent: { model: "scripted", system: "", script: ["a", "b"] } };
    expect(parseScenario(scripted, "x").turns).toBe(2);
    expect(errorOf({ ...scripted, turns: 3 })).toBe(
      "examples/x.json: agent.script: has 2 replies, but 3 turns need 3 from the agent (at most 2 turns); " +
        "human.script: has 1 reply, but 3 turns need 2 from the human (at most 2 turns)",
    );
  });

  it("rejects an unknown tokenizer", () => {
    expect(errorOf({ ...valid, tokenizer: "p50k" })).toMatch(/: tokenizer: /);
  });
});

describe("parseScenarioText", () => {
  it("reads YAML and JSON into the same scenario", () => {
    const yaml = [
      "name: demo",
      "turns: 2",
      "budget: 4000",
      "agent:",
      "  model: openai:gpt-4o-mini",
      "  system: You help.",
      "human:",
      "  model: scripted",
      "  system: You ask.",
      "  opener: Hi",
      "  script:",
      "    - More?",
    ].join("\n");
    expect(parseScenarioText(yaml, "demo.yaml")).toEqual(
      parseScenarioText(JSON.stringify(valid), "demo.json"),
    );
  });

  it("reads a .yaml file written in flow style, which starts like JSON", () => {
    const flow =
      "{name: demo, turns: 2, budget: 4000, agent: {model: openai:gpt-4o-mini, system: You help.}, " +
      "human: {model: scripted, system: You ask., opener: Hi, script: [More?]}}";
    expect(parseScenarioText(flow, "demo.yaml")).toEqual(
      parseScenarioText(JSON.stringify(valid), "demo.json"),
    );
  });

  it("reads a file saved with a byte order mark", () => {
    expect(parseScenarioText(`\uFEFF${JSON.stringify(valid)}`, "demo.json")).toEqual(
      parseScenario(valid, "demo.json"),
    );
  });

  it("reports broken JSON and YAML with the file name", () => {
    expect(() => parseScenarioText("{ name: ", "broken.json")).toThrow(/^broken\.json: not valid JSON/);
    expect(() => parseScenarioText("name: [unclosed\nturns: 2", "broken.yaml")).toThrow(
      /^broken\.yaml: line \d+: not valid YAML/,
    );
  });
});

it("explains a document that is not a scenario object", () => {
  expect(() => parseScenarioText("", "empty.yaml")).toThrow(
    "empty.yaml: expected a scenario object, received null",
  );
  expect(() => parseScenario({ ...valid, turns: "3" }, "x.json")).toThrow(
    "x.json: turns: expected number, received string",
  );
});
