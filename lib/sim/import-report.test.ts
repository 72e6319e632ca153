import { describe, expect, it } from "vitest";
import { createModelsForScenario } from "../ai/registry";
import { parseMarkdownReport, ReportParseError, reportToScenario } from "./import-report";
import { placeholderSystemPrompt } from "./report-to-scenario";
import { runSimulation } from "./run-simulation";
import {
  referenceAgentArtifacts,
  referenceHumanArtifacts,
  referenceMetrics,
  referenceReport,
} from "./testing/reference";
import { estimateTokens } from "./tokenizers";

function lineOfError(text: string): number {
  try {
    parseMarkdownReport(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ReportParseError);
    expect((error as Error).message).toMatch(/^line \d+: /);
    return (error as ReportParseError).line;
  }
  throw new Error("expected a ReportParseError");
}

describe("parseMarkdownReport", () => {
  it("reads the reference report, inferring sides by alternation when there is no Side column", () => {
    const report = parseMarkdownReport(referenceReport());
    expect(report).toMatchObject({
      name: "basic-conversation",
      turns: 3,
      durationMs: 115_500,
      hasSideColumn: false,
    });
    expect(report.sessionId).toBe("[object Object]");
    expect(report.assemblies).toEqual(referenceMetrics);
    expect(report.artifacts.agent.map(({ seq, kind, tokens }) => ({ seq, kind, tokens }))).toEqual(
      referenceAgentArtifacts,
    );
    expect(report.artifacts.human.map(({ seq, kind, tokens }) => ({ seq, kind, tokens }))).toEqual(
      referenceHumanArtifacts,
    );
    expect(report.artifacts.agent[5].preview).toBe("**Default Storage Mechanism**  The defau...");
  });

  it("recovers each message exactly: its estimated tokens match the report's artifact table", () => {
    const report = parseMarkdownReport(referenceReport());
    expect(report.messages.map((m) => `${m.turn}:${m.role}:${estimateTokens(m.content)}`)).toEqual([
      "0:human:18",
      "0:agent:372",
      "1:human:177",
      "1:agent:938",
      "2:human:221",
      "2:agent:1244",
    ]);
    expect(report.messages[0].content).toBe(
      "I'm new to this project. Can you explain how the session artifacts work?",
    );
  });

  it("accepts Windows line endings", () => {
    expect(parseMarkdownReport(referenceReport().replace(/\n/g, "\r\n")).messages[1].content).toBe(
      parseMarkdownReport(referenceReport()).messages[1].content,
    );
  });

  it("accepts a report saved with a byte order mark", () => {
    expect(parseMarkdownReport(`\uFEFF${referenceReport()}`)).toEqual(parseMarkdownReport(referenceReport()));
  });

  it("names the line of what is malformed", () => {
    const lines = referenceReport().split("\n");
    const withLine = (index: number, text: string) =>
      lines.map((line, i) => (i === index ? text : line)).join("\n");
    expect(lineOfError(withLine(0, "# Report"))).toBe(1);
    expect(lineOfError(withLine(2, "**Turns:** three"))).toBe(3);
    const metricsRow = lines.indexOf("| 1 | 3 | 0 | 1615 | 2385 |");
    expect(lineOfError(withLine(metricsRow, "| 1 | 3 | 0 | lots | 2385 |"))).toBe(metricsRow + 1);
    expect(lineOfError(withLine(metricsRow, "| 1 | 3 | 0 | 1615 |"))).toBe(metricsRow + 1);
    const artifactRow = lines.indexOf(
      "| 2 | agent_response | 372 | Session artifacts are objects that store... |",
    );
    expect(lineOfError(withLine(artifactRow, "| 2 | summary | 372 | x |"))).toBe(artifactRow + 1);
    expect(lineOfError(withLine(8, "Human said:"))).toBe(9);
    expect(lineOfError(lines.slice(0, 230).join("\n"))).toBe(230);
  });

  it("rejects a transcript that disagrees with the Turns line", () => {
    expect(lineOfError(referenceReport().replace("**Turns:** 3", "**Turns:** 4"))).toBe(3);
  });
});

describe("reportToScenario", () => {
  it("scripts both sides with the report's messages", () => {
    const report = parseMarkdownReport(referenceReport());
    const scenario = reportToScenario(report, { name: "replay" });
    expect(scenario).toMatchObject({
      name: "replay",
      turns: 3,
      budget: 4000,
      tokenizer: "estimate",
      policy: "recent",
    });
    expect(scenario.agent.model).toBe("scripted");
    expect(scenario.agent.script).toEqual(
      report.messages.filter((m) => m.role === "agent").map((m) => m.content),
    );
    expect(scenario.human.opener).toBe(report.messages[0].content);
    expect(scenario.human.script).toEqual([report.messages[2].content, report.messages[4].content]);
  });

  it("sizes placeholder system prompts to what the metrics imply, and says they are placeholders", () => {
    const scenario = reportToScenario(parseMarkdownReport(referenceReport()));
    expect(estimateTokens(scenario.agent.system)).toBe(1048); // 1066 used - 18 included
    expect(estimateTokens(scenario.human.system)).toBe(1059); // 1431 used - 372 included
    expect(scenario.agent.system).toMatch(/^Placeholder for the agent's system prompt of the original run/);
    for (const tokens of [0, 1, 7, 30, 31, 1059])
      expect(estimateTokens(placeholderSystemPrompt("human", tokens))).toBe(tokens);
  });

  it("replays under another tokenizer and budget", async () => {
    const scenario = reportToScenario(parseMarkdownReport(referenceReport()), {
      tokenizer: "o200k_base",
      budget: 8000,
    });
    const result = await runSimulation({ scenario, models: createModelsForScenario(scenario, {}) });
    expect(result.status).toBe("succeeded");
    expect(result.assemblies.every((a) => a.budget === 8000 && a.filtered === 0)).toBe(true);
    expect(result.artifacts.agent[0].tokens).not.toBe(18);
  });
});
