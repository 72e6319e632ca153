import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenarioText } from "../sim/scenario";
import { parseScenarioDefinition, scenarioToEditorText } from "./scenario-definition";

const example = parseScenarioText(
  readFileSync(new URL("../../examples/basic-conversation.json", import.meta.url), "utf8"),
  "basic-conversation.json",
);

describe("scenario editor text", () => {
  it("round-trips a scenario through the editor, with the name from its own field", () => {
    const result = parseScenarioDefinition({ name: "renamed", text: scenarioToEditorText(example) });
    expect(result).toEqual({ ok: true, scenario: { ...example, name: "renamed" } });
  });

  it("accepts JSON as well as YAML", () => {
    const { name: _name, ...rest } = example;
    const result = parseScenarioDefinition({ name: "json", text: JSON.stringify(rest) });
    expect(result.ok).toBe(true);
  });

  it("lists each invalid field by its path", () => {
    const result = parseScenarioDefinition({
      name: "x",
      text: "turns: 0\nbudget: 10\nagent:\n  model: gpt\n",
    });
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.issues.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(["turns", "agent.model", "agent.system", "human"]));
  });

  it("reports a syntax error with its line", () => {
    const result = parseScenarioDefinition({ name: "x", text: "turns: 3\nagent: [\n" });
    expect(result.ok ? "" : result.issues[0].path).toMatch(/^line \d+$/);
  });
});
