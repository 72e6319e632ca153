// Test fixtures: the old tool's report and the example scenario made from it (read from the repository's examples/).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseScenarioText, type Scenario } from "../scenario";

const examplesDirectory = fileURLToPath(new URL("../../../examples/", import.meta.url));

export function readExample(file: string): string {
  return readFileSync(`${examplesDirectory}${file}`, "utf8");
}

export const referenceReport = (): string => readExample("basic-conversation.report.md");

export const exampleScenario = (): Scenario =>
  parseScenarioText(readExample("basic-conversation.json"), "examples/basic-conversation.json");

/** The reference's rows, as printed (sides by the report's alternation: agent first). */
export const referenceMetrics = [
  { turn: 0, side: "agent", included: 1, filtered: 0, tokensUsed: 1066, tokensAvailable: 2934 },
  { turn: 0, side: "human", included: 1, filtered: 0, tokensUsed: 1431, tokensAvailable: 2569 },
  { turn: 1, side: "agent", included: 3, filtered: 0, tokensUsed: 1615, tokensAvailable: 2385 },
  { turn: 1, side: "human", included: 3, filtered: 0, tokensUsed: 2546, tokensAvailable: 1454 },
  { turn: 2, side: "agent", included: 5, filtered: 0, tokensUsed: 2774, tokensAvailable: 1226 },
];

export const referenceAgentArtifacts = [
  { seq: 1, kind: "user_input", tokens: 18 },
  { seq: 2, kind: "agent_response", tokens: 372 },
  { seq: 3, kind: "user_input", tokens: 177 },
  { seq: 4, kind: "agent_response", tokens: 938 },
  { seq: 5, kind: "user_input", tokens: 221 },
  { seq: 6, kind: "agent_response", tokens: 1244 },
];

export const referenceHumanArtifacts = [
  { seq: 1, kind: "user_input", tokens: 372 },
  { seq: 2, kind: "agent_response", tokens: 177 },
  { seq: 3, kind: "user_input", tokens: 938 },
  { seq: 4, kind: "agent_response", tokens: 221 },
];

/** The parts of assembly rows a report shows. */
export function metricRows(
  assemblies: {
    turn: number;
    side: string;
    included: number;
    filtered: number;
    tokensUsed: number;
    tokensAvailable: number;
  }[],
) {
  return assemblies.map(({ turn, side, included, filtered, tokensUsed, tokensAvailable }) => ({
    turn,
    side,
    included,
    filtered,
    tokensUsed,
    tokensAvailable,
  }));
}
