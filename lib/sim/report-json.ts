import { includedSeqs } from "./assembly-seqs";
import type { RecordedResult } from "./events";
import type { Scenario } from "./scenario";
import type { Artifact, ArtifactKind, Role, RunStatus, Side, Usage } from "./types";

export interface JsonArtifact {
  seq: number;
  kind: ArtifactKind;
  tokens: number;
  turn: number;
  content: string;
}

export interface JsonReport {
  scenario: Scenario;
  sessionId: string;
  status: RunStatus;
  error?: string;
  turns: number;
  startedAt: string;
  durationMs: number;
  messages: {
    turn: number;
    role: Role;
    content: string;
    tokens: number;
    model: string;
    latencyMs?: number;
    finishReason?: string;
    usage?: Usage;
  }[];
  assemblies: {
    turn: number;
    side: Side;
    included: number;
    filtered: number;
    tokensUsed: number;
    tokensAvailable: number;
    systemTokens: number;
    budget: number;
    includedSeqs: number[];
    /** Filtered artifacts are seqs 1..filteredThroughSeq (a list would grow with the history on every row). */
    filteredThroughSeq: number;
  }[];
  artifacts: Record<Side, JsonArtifact[]>;
}

function artifactEntry({ seq, kind, tokens, turn, content }: Artifact): JsonArtifact {
  return { seq, kind, tokens, turn, content };
}

export function toJsonReport(result: RecordedResult): JsonReport {
  return {
    scenario: result.scenario,
    sessionId: result.sessionId,
    status: result.status,
    ...(result.error ? { error: result.error } : {}),
    turns: result.turns,
    startedAt: result.startedAt,
    durationMs: result.durationMs,
    messages: result.messages.map((m) => ({
      turn: m.turn,
      role: m.role,
      content: m.content,
      tokens: m.tokens,
      model: m.model,
      latencyMs: m.latencyMs,
      finishReason: m.finishReason,
      usage: m.usage,
    })),
    assemblies: result.assemblies.map((a) => ({
      turn: a.turn,
      side: a.side,
      included: a.included,
      filtered: a.filtered,
      tokensUsed: a.tokensUsed,
      tokensAvailable: a.tokensAvailable,
      systemTokens: a.systemTokens,
      budget: a.budget,
      includedSeqs: includedSeqs(a),
      filteredThroughSeq: a.filteredThroughSeq,
    })),
    artifacts: {
      agent: result.artifacts.agent.map(artifactEntry),
      human: result.artifacts.human.map(artifactEntry),
    },
  };
}
