import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createModelsForScenario } from "../ai/registry";
import { runSimulation } from "./run-simulation";
import { parseScenarioText } from "./scenario";
import { readExample } from "./testing/reference";
import { estimateTokens } from "./tokenizers";

const scenarioFiles = readdirSync(fileURLToPath(new URL("../../examples/", import.meta.url))).filter((file) =>
  /\.(json|ya?ml)$/.test(file),
);

describe.each(scenarioFiles)("examples/%s", (file) => {
  it("is a valid scenario that runs to the end offline", async () => {
    const scenario = parseScenarioText(readExample(file), `examples/${file}`);
    const result = await runSimulation({ scenario, models: createModelsForScenario(scenario, {}) });
    expect(result.error).toBeUndefined();
    expect(result.turns).toBe(scenario.turns);
  });
});

it("the basic-conversation prompts are sized as the reference report implies (agent 1048, human 1059)", () => {
  const scenario = parseScenarioText(readExample("basic-conversation.json"), "basic-conversation.json");
  expect(estimateTokens(scenario.agent.system)).toBe(1048);
  expect(estimateTokens(scenario.human.system)).toBe(1059);
  expect(scenario).toMatchObject({ budget: 4000, tokenizer: "estimate", turns: 3 });
});

it("the tight-budget example filters older turns", async () => {
  const scenario = parseScenarioText(readExample("tight-budget.yaml"), "tight-budget.yaml");
  const result = await runSimulation({ scenario, models: createModelsForScenario(scenario, {}) });
  expect(result.assemblies.some((assembly) => assembly.filtered > 0)).toBe(true);
});
