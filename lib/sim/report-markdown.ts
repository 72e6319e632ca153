import type { RecordedResult } from "./events";
import type { Artifact, Assembly, SimMessage } from "./types";

const PREVIEW_LENGTH = 40;

/** The first 40 characters on one line, then "..." when there was more. */
export function previewOf(content: string): string {
  const oneLine = content.replace(/\r\n|\r|\n/g, " ");
  const preview = oneLine.length > PREVIEW_LENGTH ? `${oneLine.slice(0, PREVIEW_LENGTH)}...` : oneLine;
  return preview.replace(/\|/g, "\\|");
}

export function formatDuration(durationMs: number): string {
  return `${(durationMs / 1000).toFixed(1)}s`;
}

function table(header: string[], rows: (string | number)[][]): string[] {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map((title) => "-".repeat(title.length + 2)).join("|")}|`,
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ];
}

function transcript(messages: SimMessage[]): string[] {
  return messages.flatMap((message) => [
    `**${message.role === "human" ? "Human" : "LLM"}:**`,
    message.content,
    "",
  ]);
}

function metricsTable(assemblies: Assembly[]): string[] {
  return table(
    ["Turn", "Side", "Included", "Filtered", "Tokens Used", "Available"],
    assemblies.map((a) => [a.turn, a.side, a.included, a.filtered, a.tokensUsed, a.tokensAvailable]),
  );
}

function artifactTable(artifacts: Artifact[]): string[] {
  return table(
    ["#", "Kind", "Tokens", "Content Preview"],
    artifacts.map((a) => [a.seq, a.kind, a.tokens, previewOf(a.content)]),
  );
}

function statusLines(result: RecordedResult): string[] {
  if (result.status === "succeeded") return [];
  const detail = result.error ? ` (${result.error.replace(/\s+/g, " ")})` : "";
  return [`**Status:** ${result.status}${detail}`];
}

/** The old tool's report layout, with the real session id and a Side column in the metrics table. */
export function renderMarkdownReport(result: RecordedResult): string {
  const lines = [
    `# Simulation: ${result.scenario.name}`,
    "",
    `**Turns:** ${result.turns}`,
    `**Duration:** ${formatDuration(result.durationMs)}`,
    `**Session ID:** ${result.sessionId}`,
    ...statusLines(result),
    "",
    "---",
    "",
    ...transcript(result.messages),
    "---",
    "",
    "## Context Assembly Metrics",
    "",
    ...metricsTable(result.assemblies),
    "",
    "---",
    "",
    "## LLM Artifacts",
    "",
    ...artifactTable(result.artifacts.agent),
    "",
    "## Human Artifacts",
    "",
    ...artifactTable(result.artifacts.human),
  ];
  return `${lines.join("\n")}\n`;
}
