import type { ParsedReport, ReportArtifact, ReportAssembly } from "./import-report";
import { parseScenario, type Scenario } from "./scenario";
import { estimateTokens } from "./tokenizers";
import type { Side, TokenizerName } from "./types";

export interface ReportToScenarioOptions {
  name?: string;
  /** Default: the budget the report's rows imply (tokens used + available), else 4000. */
  budget?: number;
  /** Default "estimate", the old tool's counter, so token counts match the report's. */
  tokenizer?: TokenizerName;
  /** Named in errors, e.g. the report's file; default `report "NAME"`. */
  source?: string;
}

const DEFAULT_BUDGET = 4000;
const FILLER = " [placeholder text]";

/**
 * System prompt size a side's first assembly implies: its tokens used minus the artifacts it included, which under
 * `recent` are the newest ones. Before a side's assembly numbered t its store holds 2t+1 artifacts (either side).
 */
function impliedSystemTokens(
  rows: ReportAssembly[],
  side: Side,
  artifacts: ReportArtifact[],
): number | undefined {
  const row = rows.find((candidate) => candidate.side === side);
  if (!row) return undefined;
  const newestSeq = 2 * row.turn + 1;
  const includedTokens = artifacts
    .filter((artifact) => artifact.seq > newestSeq - row.included && artifact.seq <= newestSeq)
    .reduce((sum, artifact) => sum + artifact.tokens, 0);
  return Math.max(0, row.tokensUsed - includedTokens);
}

/** Honest filler: says what it is, and is exactly `tokens` long under the estimate counter (4 characters each). */
export function placeholderSystemPrompt(side: Side, tokens: number | undefined): string {
  const note =
    `Placeholder for the ${side}'s system prompt of the original run, which its report did not record.` +
    (tokens === undefined
      ? ""
      : ` It is padded to the ${tokens} tokens (estimate) that the report's metrics imply.`);
  if (tokens === undefined) return note;
  const length = tokens * 4;
  if (note.length >= length) return note.slice(0, length);
  const padded = note + FILLER.repeat(Math.floor((length - note.length) / FILLER.length));
  const prompt = padded + ".".repeat(length - padded.length);
  if (estimateTokens(prompt) !== tokens)
    throw new Error(`placeholder sized ${estimateTokens(prompt)}, not ${tokens}`);
  return prompt;
}

function impliedBudget(rows: ReportAssembly[]): number | undefined {
  const row = rows[0];
  return row ? row.tokensUsed + row.tokensAvailable : undefined;
}

/**
 * A replayable scenario from a report: both sides scripted with the report's messages, the agent's replies as its
 * script, the first human message as the opener and the others as the human's script.
 */
export function reportToScenario(report: ParsedReport, options: ReportToScenarioOptions = {}): Scenario {
  const humanMessages = report.messages.filter((message) => message.role === "human").map((m) => m.content);
  const agentMessages = report.messages.filter((message) => message.role === "agent").map((m) => m.content);
  const { assemblies, artifacts } = report;
  return parseScenario(
    {
      name: options.name ?? report.name,
      turns: report.turns,
      budget: options.budget ?? impliedBudget(assemblies) ?? DEFAULT_BUDGET,
      tokenizer: options.tokenizer ?? "estimate",
      policy: "recent",
      agent: {
        model: "scripted",
        system: placeholderSystemPrompt("agent", impliedSystemTokens(assemblies, "agent", artifacts.agent)),
        script: agentMessages,
      },
      human: {
        model: "scripted",
        system: placeholderSystemPrompt("human", impliedSystemTokens(assemblies, "human", artifacts.human)),
        opener: humanMessages[0] ?? "",
        script: humanMessages.slice(1),
      },
    },
    options.source ?? `report "${report.name}"`,
  );
}
