// Shared vocabulary of the engine. Everything here is plain data: it crosses into reports, the database and the UI.

export type Side = "agent" | "human";
export type Role = "human" | "agent";
export type ArtifactKind = "user_input" | "agent_response";
export type TokenizerName = "estimate" | "o200k_base" | "cl100k_base";
export type PolicyName = "recent";
export type RunStatus = "queued" | "running" | "succeeded" | "failed" | "cancelled";

/** One entry in a side's store, written from that side's point of view. Tokens are counted once, on insert. */
export interface Artifact {
  seq: number; // 1-based, in insertion order within its side's store
  kind: ArtifactKind;
  content: string;
  tokens: number;
  turn: number; // the turn of the message it holds
}

/** One context build before one model call. */
export interface Assembly {
  /** Agent: the turn it replies in. Human: the turn whose agent reply it answers (as the reference report numbers it). */
  turn: number;
  side: Side;
  included: number;
  filtered: number;
  systemTokens: number;
  tokensUsed: number; // system + included artifacts
  tokensAvailable: number; // budget - used
  budget: number;
  /**
   * Which artifacts, as seq ranges, so a row costs the same at turn 10 and turn 10,000: under `recent` the filtered
   * ones are seqs 1..filteredThroughSeq and the included ones filteredThroughSeq+1..includedThroughSeq.
   * Expand with `includedSeqs()` / `filteredSeqs()` from lib/sim/assembly-seqs.ts.
   */
  filteredThroughSeq: number; // 0 when nothing was filtered
  includedThroughSeq: number; // newest seq in the store at assembly time; 0 when the store was empty
}

export interface Usage {
  inputTokens?: number;
  outputTokens?: number;
}

export interface SimMessage {
  turn: number;
  role: Role;
  content: string;
  tokens: number; // counted with the scenario's tokenizer
  model: string; // "provider:model-id", or "opener"
  latencyMs?: number;
  finishReason?: string;
  usage?: Usage;
}

/** A message as a model receives it: user_input → user, agent_response → assistant. */
export interface ChatMessage {
  role: "user" | "assistant";
  content: string;
}

export interface ChatRequest {
  system: string;
  messages: ChatMessage[];
  temperature?: number;
  maxOutputTokens?: number;
  abortSignal?: AbortSignal;
}

export interface ChatResponse {
  text: string;
  finishReason?: string;
  usage?: Usage;
}

/** The only thing the engine needs from a model provider; lib/ai implements it over the AI SDK. */
export interface ChatModel {
  id: string;
  generate(request: ChatRequest): Promise<ChatResponse>;
}
