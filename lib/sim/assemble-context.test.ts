import { describe, expect, it } from "vitest";
import { ArtifactStore } from "./artifact-store";
import { assembleContext, toChatMessages } from "./assemble-context";
import { filteredSeqs, includedSeqs } from "./assembly-seqs";
import { estimateTokens } from "./tokenizers";

/** A store whose artifacts have these token sizes (estimate: 4 characters per token), alternating kinds. */
function storeOf(sizes: number[]): ArtifactStore {
  const store = new ArtifactStore();
  sizes.forEach((size, index) => {
    const kind = index % 2 === 0 ? "user_input" : "agent_response";
    const content = `${index}`.padEnd(size * 4, ".");
    store.append({ kind, content, tokens: estimateTokens(content), turn: Math.floor(index / 2) });
  });
  return store;
}

describe("ArtifactStore", () => {
  it("numbers artifacts from 1 and keeps a running total of their tokens", () => {
    const store = new ArtifactStore();
    const first = store.append({ kind: "user_input", content: "x".repeat(10), tokens: 3, turn: 0 });
    store.append({ kind: "agent_response", content: "y".repeat(8), tokens: 2, turn: 0 });
    expect(first).toEqual({ seq: 1, kind: "user_input", content: "xxxxxxxxxx", tokens: 3, turn: 0 });
    expect(store.size).toBe(2);
    expect(store.totalTokens).toBe(5);
    expect(store.range(2, 2).map((artifact) => artifact.content)).toEqual(["yyyyyyyy"]);
  });
});

describe("assembleContext (recent)", () => {
  it("includes from the newest while the budget holds and filters everything older than the first misfit", () => {
    // 100 + 30 + 50 = 180 fits 200; adding 40 would make 220, so seqs 1 and 2 are filtered, even though 10 would fit.
    const store = storeOf([10, 40, 50, 30]);
    const { assembly, artifacts } = assembleContext({
      store,
      systemTokens: 100,
      budget: 200,
      turn: 1,
      side: "agent",
    });
    expect(assembly).toEqual({
      turn: 1,
      side: "agent",
      included: 2,
      filtered: 2,
      systemTokens: 100,
      tokensUsed: 180,
      tokensAvailable: 20,
      budget: 200,
      filteredThroughSeq: 2,
      includedThroughSeq: 4,
    });
    expect(includedSeqs(assembly)).toEqual([3, 4]);
    expect(filteredSeqs(assembly)).toEqual([1, 2]);
    expect(artifacts.map((a) => a.seq)).toEqual([3, 4]);
  });

  it("includes an artifact that exactly fills the budget", () => {
    const { assembly } = assembleContext({
      store: storeOf([5, 20]),
      systemTokens: 80,
      budget: 100,
      turn: 0,
      side: "human",
    });
    expect([assembly.included, assembly.tokensAvailable]).toEqual([1, 0]);
  });

  it("includes nothing when the newest artifact alone does not fit", () => {
    const { assembly, artifacts } = assembleContext({
      store: storeOf([1, 500]),
      systemTokens: 10,
      budget: 100,
      turn: 0,
      side: "agent",
    });
    expect(assembly).toMatchObject({ included: 0, filtered: 2, tokensUsed: 10, tokensAvailable: 90 });
    expect(includedSeqs(assembly)).toEqual([]);
    expect(artifacts).toEqual([]);
  });

  it("handles an empty store", () => {
    const { assembly } = assembleContext({
      store: storeOf([]),
      systemTokens: 7,
      budget: 10,
      turn: 0,
      side: "agent",
    });
    expect(assembly).toMatchObject({
      included: 0,
      filtered: 0,
      tokensUsed: 7,
      filteredThroughSeq: 0,
      includedThroughSeq: 0,
    });
  });

  it("turns included artifacts into chat messages in chronological order", () => {
    const { artifacts } = assembleContext({
      store: storeOf([1, 1, 1]),
      systemTokens: 0,
      budget: 2,
      turn: 1,
      side: "agent",
    });
    expect(toChatMessages(artifacts).map((m) => m.role)).toEqual(["assistant", "user"]);
    expect(toChatMessages(artifacts)[1].content.startsWith("2")).toBe(true);
  });

  it("reads only the window, not the whole history", () => {
    const store = storeOf(Array.from({ length: 10_000 }, () => 100));
    const reads = { count: 0 };
    const get = store.get.bind(store);
    store.get = (seq) => {
      reads.count++;
      return get(seq);
    };
    const { assembly } = assembleContext({
      store,
      systemTokens: 1000,
      budget: 4000,
      turn: 5000,
      side: "agent",
    });
    expect(assembly.included).toBe(30);
    expect(reads.count).toBe(31); // the 30 that fit and the first that does not
  });
});
