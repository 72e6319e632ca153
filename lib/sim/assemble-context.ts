import type { ArtifactStore } from "./artifact-store";
import type { Artifact, Assembly, ChatMessage, Side } from "./types";

export interface AssembledContext {
  assembly: Assembly;
  artifacts: Artifact[]; // included, oldest first
}

/**
 * The `recent` policy: walk the store from newest to oldest, include each artifact while system + included tokens
 * stay within the budget, stop at the first that does not fit. Everything older is filtered.
 * Cost follows the window, not the history.
 */
export function assembleContext(options: {
  store: ArtifactStore;
  systemTokens: number;
  budget: number;
  turn: number;
  side: Side;
}): AssembledContext {
  const { store, systemTokens, budget, turn, side } = options;
  const newestSeq = store.size;
  let used = systemTokens;
  let oldestIncludedSeq = newestSeq + 1;
  for (let seq = newestSeq; seq >= 1; seq--) {
    const { tokens } = store.get(seq);
    if (used + tokens > budget) break;
    used += tokens;
    oldestIncludedSeq = seq;
  }
  const filteredThroughSeq = oldestIncludedSeq - 1;
  return {
    assembly: {
      turn,
      side,
      included: newestSeq - filteredThroughSeq,
      filtered: filteredThroughSeq,
      systemTokens,
      tokensUsed: used,
      tokensAvailable: budget - used,
      budget,
      filteredThroughSeq,
      includedThroughSeq: newestSeq,
    },
    artifacts: store.range(oldestIncludedSeq, newestSeq),
  };
}

/** user_input → user, agent_response → assistant, in the order given. */
export function toChatMessages(artifacts: readonly Artifact[]): ChatMessage[] {
  return artifacts.map((artifact) => ({
    role: artifact.kind === "user_input" ? "user" : "assistant",
    content: artifact.content,
  }));
}
