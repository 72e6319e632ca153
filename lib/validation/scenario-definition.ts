import { parseDocument, stringify } from "yaml";
import { parseScenario, type Scenario, ScenarioError, type ScenarioIssue } from "../sim/scenario";

export type DefinitionResult =
  | { ok: true; scenario: Scenario }
  | { ok: false; issues: ScenarioIssue[]; nameError?: string };

const SOURCE = "definition";

/**
 * The scenario editor's text (YAML, or JSON which YAML reads too) with the name field of the form applied, checked
 * by the engine's schema. Issues keep the engine's field paths ("agent.model") so the editor can list them.
 */
export function parseScenarioDefinition({ name, text }: { name: string; text: string }): DefinitionResult {
  const document = parseDocument(text);
  const [syntaxError] = document.errors;
  if (syntaxError) {
    const line = syntaxError.linePos ? `line ${syntaxError.linePos[0].line}` : "";
    const reason = syntaxError.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    return { ok: false, issues: [{ path: line, message: `not valid YAML or JSON: ${reason}` }] };
  }
  const value: unknown = document.toJS();
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return {
      ok: false,
      issues: [{ path: "", message: "expected a mapping of fields (name, turns, budget, agent, human…)" }],
    };
  }
  try {
    return { ok: true, scenario: parseScenario({ ...value, name }, SOURCE) };
  } catch (error) {
    if (!(error instanceof ScenarioError)) throw error;
    const nameIssue = error.issues.find((issue) => issue.path === "name");
    return {
      ok: false,
      issues: error.issues.filter((issue) => issue.path !== "name"),
      nameError: nameIssue?.message,
    };
  }
}

// Stored definitions come back from jsonb with their keys re-ordered; the editor shows them in reading order.
const sideKeyOrder = ["model", "system", "opener", "temperature", "maxOutputTokens", "script"];

function inOrder<T extends object>(value: T, order: string[]): T {
  const entries = Object.entries(value).sort(([a], [b]) => rank(order, a) - rank(order, b));
  return Object.fromEntries(entries) as T;
}

function rank(order: string[], key: string): number {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
}

/** The editor's text for a scenario: YAML without the name (edited in its own field), long prompts as blocks. */
export function scenarioToEditorText(scenario: Scenario): string {
  const document = {
    turns: scenario.turns,
    budget: scenario.budget,
    tokenizer: scenario.tokenizer,
    policy: scenario.policy,
    agent: inOrder(scenario.agent, sideKeyOrder),
    human: inOrder(scenario.human, sideKeyOrder),
  };
  return stringify(document, { lineWidth: 0, blockQuote: "literal" });
}
