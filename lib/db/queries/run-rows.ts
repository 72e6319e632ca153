// Conversions between the engine's plain data and database rows, both ways.
import type { Scenario } from "../../sim/scenario";
import type { Artifact, Assembly, Side, SimMessage } from "../../sim/types";
import type {
  Artifact as ArtifactModel,
  Assembly as AssemblyModel,
  Message as MessageModel,
  Prisma,
} from "../generated/client";

type MessageRow = Prisma.MessageCreateManyInput;
type ArtifactRow = Prisma.ArtifactCreateManyInput;
type AssemblyRow = Prisma.AssemblyCreateManyInput;

/** Scenarios and run snapshots are validated on the way in. */
export const asScenario = (snapshot: Prisma.JsonValue) => snapshot as unknown as Scenario;

export function messageRow(runId: string, seq: number, message: SimMessage): MessageRow {
  return {
    runId,
    seq,
    turn: message.turn,
    role: message.role,
    content: message.content,
    tokens: message.tokens,
    model: message.model,
    latencyMs: message.latencyMs ?? null,
    finishReason: message.finishReason ?? null,
    inputTokens: message.usage?.inputTokens ?? null,
    outputTokens: message.usage?.outputTokens ?? null,
  };
}

export function artifactRow(runId: string, side: Side, artifact: Artifact): ArtifactRow {
  const { seq, kind, content, tokens, turn } = artifact;
  return { runId, side, seq, kind, content, tokens, turn };
}

export function assemblyRow(runId: string, seq: number, assembly: Assembly): AssemblyRow {
  return { runId, seq, ...toAssembly(assembly) };
}

/** Optional fields come back only when they were set, so a rebuilt result equals the engine's. */
export function toSimMessage(row: Omit<MessageModel, "runId" | "seq">): SimMessage {
  const message: SimMessage = {
    turn: row.turn,
    role: row.role as SimMessage["role"],
    content: row.content,
    tokens: row.tokens,
    model: row.model,
  };
  if (row.latencyMs != null) message.latencyMs = row.latencyMs;
  if (row.finishReason != null) message.finishReason = row.finishReason;
  if (row.inputTokens != null || row.outputTokens != null) {
    message.usage = {};
    if (row.inputTokens != null) message.usage.inputTokens = row.inputTokens;
    if (row.outputTokens != null) message.usage.outputTokens = row.outputTokens;
  }
  return message;
}

export function toArtifact(row: Omit<ArtifactModel, "runId" | "side">): Artifact {
  return {
    seq: row.seq,
    kind: row.kind as Artifact["kind"],
    content: row.content,
    tokens: row.tokens,
    turn: row.turn,
  };
}

export function toAssembly(row: Omit<AssemblyModel, "runId" | "seq">): Assembly {
  return {
    turn: row.turn,
    side: row.side as Side,
    included: row.included,
    filtered: row.filtered,
    systemTokens: row.systemTokens,
    tokensUsed: row.tokensUsed,
    tokensAvailable: row.tokensAvailable,
    budget: row.budget,
    filteredThroughSeq: row.filteredThroughSeq,
    includedThroughSeq: row.includedThroughSeq,
  };
}
