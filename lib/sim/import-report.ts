import type { ArtifactKind, Role, Side } from "./types";

export { reportToScenario } from "./report-to-scenario";

export interface ReportMessage {
  turn: number;
  role: Role;
  content: string;
  line: number; // of its **Human:** / **LLM:** marker
}

export interface ReportAssembly {
  turn: number;
  side: Side; // inferred by alternation (agent first) when the report has no Side column
  included: number;
  filtered: number;
  tokensUsed: number;
  tokensAvailable: number;
}

export interface ReportArtifact {
  seq: number;
  kind: ArtifactKind;
  tokens: number;
  preview: string;
}

export interface ParsedReport {
  name: string;
  turns: number;
  durationMs: number;
  sessionId: string;
  hasSideColumn: boolean;
  messages: ReportMessage[];
  assemblies: ReportAssembly[];
  artifacts: { agent: ReportArtifact[]; human: ReportArtifact[] };
}

/** A report that is not in the expected layout; `line` is 1-based. */
export class ReportParseError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = "ReportParseError";
  }
}

const METRICS_HEADING = "## Context Assembly Metrics";
const NUMBER_COLUMNS = ["Turn", "Included", "Filtered", "Tokens Used", "Available"];
const MARKERS: Record<string, Role> = { "**Human:**": "human", "**LLM:**": "agent" };

type Lines = string[];

function expectLine(lines: Lines, index: number, expected: string): void {
  if (lines[index] !== expected) {
    const found = index < lines.length ? `found "${lines[index]}"` : "found the end of the report";
    throw new ReportParseError(index + 1, `expected "${expected}", ${found}`);
  }
}

function headerField(lines: Lines, index: number, label: string): string {
  const prefix = `**${label}:** `;
  if (!lines[index]?.startsWith(prefix))
    throw new ReportParseError(index + 1, `expected "${prefix.trim()} ..."`);
  return lines[index].slice(prefix.length);
}

function wholeNumber(text: string, line: number, what: string): number {
  if (!/^\d+$/.test(text))
    throw new ReportParseError(line, `${what}: expected a whole number, found "${text}"`);
  return Number(text);
}

function cellsOf(row: string, line: number): string[] {
  if (!row.startsWith("|") || !row.endsWith("|"))
    throw new ReportParseError(line, `expected a table row, found "${row}"`);
  // Split on pipes that are not escaped (previews escape theirs).
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

/** The rows of the table that starts at `index` (header, separator, rows up to the first non-table line). */
function readTable(
  lines: Lines,
  index: number,
): { header: string[]; rows: { cells: string[]; line: number }[] } {
  const header = cellsOf(lines[index] ?? "", index + 1);
  if (!/^\|[-|: ]+\|$/.test(lines[index + 1] ?? ""))
    throw new ReportParseError(index + 2, "expected a table separator row");
  const rows: { cells: string[]; line: number }[] = [];
  for (let i = index + 2; i < lines.length && lines[i].startsWith("|"); i++) {
    const cells = cellsOf(lines[i], i + 1);
    if (cells.length !== header.length) {
      throw new ReportParseError(i + 1, `expected ${header.length} cells, found ${cells.length}`);
    }
    rows.push({ cells, line: i + 1 });
  }
  return { header, rows };
}

function parseTranscript(lines: Lines, from: number, to: number): ReportMessage[] {
  const messages: ReportMessage[] = [];
  const turnOf = { human: 0, agent: 0 };
  let start = -1;
  const close = (end: number) => {
    if (start < 0) return;
    expectLine(lines, end - 1, "");
    const role = MARKERS[lines[start]];
    const content = lines.slice(start + 1, end - 1).join("\n");
    messages.push({ turn: turnOf[role]++, role, content, line: start + 1 });
  };
  for (let i = from; i < to; i++) {
    if (!(lines[i] in MARKERS)) {
      if (start < 0) throw new ReportParseError(i + 1, 'expected "**Human:**" or "**LLM:**"');
      continue;
    }
    close(i);
    start = i;
  }
  close(to);
  return messages;
}

function parseMetrics(lines: Lines, index: number): { hasSideColumn: boolean; assemblies: ReportAssembly[] } {
  const { header, rows } = readTable(lines, index);
  const hasSideColumn = header[1] === "Side";
  const expected = hasSideColumn ? ["Turn", "Side", ...NUMBER_COLUMNS.slice(1)] : NUMBER_COLUMNS;
  if (header.join("|") !== expected.join("|")) {
    throw new ReportParseError(index + 1, `expected the columns ${expected.join(", ")}`);
  }
  const assemblies = rows.map(({ cells, line }, row): ReportAssembly => {
    const side = hasSideColumn ? cells[1] : row % 2 === 0 ? "agent" : "human";
    if (side !== "agent" && side !== "human") throw new ReportParseError(line, `unknown side "${side}"`);
    const numberCells = hasSideColumn ? [cells[0], ...cells.slice(2)] : cells;
    const [turn, included, filtered, tokensUsed, tokensAvailable] = numberCells.map((cell, k) =>
      wholeNumber(cell, line, NUMBER_COLUMNS[k]),
    );
    return { turn, side, included, filtered, tokensUsed, tokensAvailable };
  });
  return { hasSideColumn, assemblies };
}

function parseArtifacts(lines: Lines, heading: string): ReportArtifact[] {
  const index = lines.lastIndexOf(heading);
  if (index < 0) throw new ReportParseError(lines.length, `missing the "${heading}" section`);
  expectLine(lines, index + 1, "");
  return readTable(lines, index + 2).rows.map(({ cells, line }) => {
    const kind = cells[1];
    if (kind !== "user_input" && kind !== "agent_response")
      throw new ReportParseError(line, `unknown kind "${kind}"`);
    return {
      seq: wholeNumber(cells[0], line, "#"),
      kind,
      tokens: wholeNumber(cells[2], line, "Tokens"),
      preview: cells[3],
    };
  });
}

/** Reads a report in the old tool's layout (or Parley's, which adds a Side column) back into data. */
export function parseMarkdownReport(text: string): ParsedReport {
  const lines = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n/g, "\n")
    .split("\n");
  const title = lines[0]?.match(/^# Simulation: (.+)$/);
  if (!title) throw new ReportParseError(1, 'expected "# Simulation: NAME"');
  expectLine(lines, 1, "");
  const turns = wholeNumber(headerField(lines, 2, "Turns"), 3, "Turns");
  const duration = headerField(lines, 3, "Duration").match(/^(\d+(?:\.\d+)?)s$/);
  if (!duration) throw new ReportParseError(4, 'Duration: expected seconds such as "115.5s"');
  const sessionId = headerField(lines, 4, "Session ID");
  let index = 5;
  if (lines[index]?.startsWith("**Status:** ")) index++;
  expectLine(lines, index, "");
  expectLine(lines, index + 1, "---");
  expectLine(lines, index + 2, "");

  // Message content may itself contain headings and rules; the last metrics heading is the report's own.
  const metricsIndex = lines.lastIndexOf(METRICS_HEADING);
  if (metricsIndex < 0) throw new ReportParseError(lines.length, `missing the "${METRICS_HEADING}" section`);
  expectLine(lines, metricsIndex - 2, "---");
  expectLine(lines, metricsIndex - 1, "");
  expectLine(lines, metricsIndex + 1, "");
  const messages = parseTranscript(lines, index + 3, metricsIndex - 2);
  const agentReplies = messages.filter((message) => message.role === "agent").length;
  if (agentReplies !== turns) {
    throw new ReportParseError(
      3,
      `Turns says ${turns} but the transcript holds ${agentReplies} LLM messages`,
    );
  }
  if (messages[0] && messages[0].role !== "human") {
    throw new ReportParseError(messages[0].line, "the transcript must start with a Human message");
  }
  return {
    name: title[1],
    turns,
    durationMs: Math.round(Number(duration[1]) * 1000),
    sessionId,
    ...parseMetrics(lines, metricsIndex + 2),
    messages,
    artifacts: {
      agent: parseArtifacts(lines, "## LLM Artifacts"),
      human: parseArtifacts(lines, "## Human Artifacts"),
    },
  };
}
