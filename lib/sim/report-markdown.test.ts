import { describe, expect, it } from "vitest";
import { createModelsForScenario } from "../ai/registry";
import type { SimResult } from "./events";
import { parseMarkdownReport, reportToScenario } from "./import-report";
import { previewOf, renderMarkdownReport } from "./report-markdown";
import { runSimulation } from "./run-simulation";
import type { Scenario } from "./scenario";
import { exampleScenario, referenceReport } from "./testing/reference";

const run = (scenario: Scenario, sessionId = "5f0c7a52-0d7e-4f55-9d35-3a1f4c1b2e77") =>
  runSimulation({ scenario, models: createModelsForScenario(scenario, {}), sessionId });

/** The reference with the two documented changes: the real session id, and the Side column. */
function expectedFromReference(result: SimResult): string {
  const sides = ["agent", "human", "agent", "human", "agent"];
  let row = 0;
  return referenceReport()
    .replace("**Duration:** 115.5s", `**Duration:** ${(result.durationMs / 1000).toFixed(1)}s`)
    .replace("**Session ID:** [object Object]", `**Session ID:** ${result.sessionId}`)
    .replace("| Turn | Included |", "| Turn | Side | Included |")
    .replace("|------|----------|", "|------|------|----------|")
    .replace(
      /^\| (\d) \| (?=\d+ \| \d+ \| \d+ \| \d+ \|$)/gm,
      (_match, turn) => `| ${turn} | ${sides[row++]} | `,
    );
}

describe("renderMarkdownReport", () => {
  it("renders the example run in the reference layout, character for character", async () => {
    const result = await run(exampleScenario());
    expect(renderMarkdownReport(result)).toBe(expectedFromReference(result));
  });

  it("previews 40 characters with newlines as spaces, then ...", () => {
    expect(previewOf("**Default Storage Mechanism**\n\nThe default storage")).toBe(
      "**Default Storage Mechanism**  The defau...",
    );
    expect(previewOf("Short reply.")).toBe("Short reply.");
    expect(previewOf("a | b")).toBe("a \\| b");
  });

  it("states a failed run's status and error under the header", async () => {
    const example = exampleScenario();
    const result = await run({
      ...example,
      agent: { ...example.agent, script: example.agent.script?.slice(0, 1) },
    });
    const report = renderMarkdownReport(result);
    expect(report).toContain("**Turns:** 1\n");
    expect(report).toMatch(/\n\*\*Status:\*\* failed \(agent model "scripted" failed at turn 1: .+\)\n/);
  });
});

describe("markdown round trip", () => {
  it("report → import → run → report keeps the transcript and every table", async () => {
    const first = await run(reportToScenario(parseMarkdownReport(referenceReport())));
    const firstReport = renderMarkdownReport(first);
    expect(firstReport).toBe(expectedFromReference(first));

    const second = await run(reportToScenario(parseMarkdownReport(firstReport)), first.sessionId);
    expect(renderMarkdownReport({ ...second, durationMs: first.durationMs })).toBe(firstReport);
  });

  it("keeps messages with blank lines, trailing newlines and markdown rules intact", async () => {
    const tricky = [
      "Line one\n\n---\n\n## Context Assembly Metrics\n\nnot a table",
      "ends with newline\n",
      "  indented",
    ];
    const scenario: Scenario = {
      ...exampleScenario(),
      turns: 2,
      agent: { ...exampleScenario().agent, script: [tricky[0], tricky[2]] },
      human: { ...exampleScenario().human, opener: "Hi\n\nthere", script: [tricky[1]] },
    };
    const result = await run(scenario);
    const parsed = parseMarkdownReport(renderMarkdownReport(result));
    expect(parsed.messages.map((m) => m.content)).toEqual(result.messages.map((m) => m.content));
  });
});
