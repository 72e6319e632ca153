import { describe, expect, it } from "vitest";
import { launchRunSchema, toModelSpec } from "./launch-run";

const valid = {
  scenarioId: "abc123",
  agentProvider: "openai",
  agentModelId: "gpt-4o-mini",
  humanProvider: "scripted",
  humanModelId: "",
  turns: "5",
  budget: "4000",
  tokenizer: "o200k_base",
  policy: "recent",
};

function errorsFor(input: Record<string, string>) {
  const parsed = launchRunSchema.safeParse(input);
  return parsed.success
    ? {}
    : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path[0], issue.message]));
}

describe("launchRunSchema", () => {
  it("accepts the form's strings and turns numbers into numbers", () => {
    const parsed = launchRunSchema.parse(valid);
    expect(parsed.turns).toBe(5);
    expect(parsed.budget).toBe(4000);
  });

  it("names every wrong field at once, including a missing model id", () => {
    const errors = errorsFor({ ...valid, scenarioId: "", agentModelId: "", turns: "0", budget: "lots" });
    expect(Object.keys(errors).sort()).toEqual(["agentModelId", "budget", "scenarioId", "turns"]);
    expect(errors.turns).toBe("At least 1 turn");
    expect(errors.agentModelId).toMatch(/Enter a model id/);
  });

  it("rejects fractional turns and unknown providers", () => {
    const errors = errorsFor({ ...valid, turns: "2.5", humanProvider: "mystery" });
    expect(errors.turns).toBe("Turns must be a whole number");
    expect(errors.humanProvider).toBe("Choose the human's provider");
  });

  it("builds scenario model strings, with no id for scripted sides", () => {
    expect(toModelSpec("ollama", "llama3.2:3b")).toBe("ollama:llama3.2:3b");
    expect(toModelSpec("scripted", "")).toBe("scripted");
  });
});
