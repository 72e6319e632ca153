import { describe, expect, it } from "vitest";
import { createTokenCounter, estimateTokens } from "./tokenizers";

describe("estimate", () => {
  it("is ceil(characters / 4), counting characters as JavaScript does", () => {
    expect(estimateTokens("")).toBe(0);
    expect(estimateTokens("abcd")).toBe(1);
    expect(estimateTokens("abcde")).toBe(2);
    expect(estimateTokens("x".repeat(4189))).toBe(1048);
    // An emoji is two UTF-16 code units, as the old tool's string length counted it.
    expect(estimateTokens("👋👋")).toBe(1);
    expect(createTokenCounter("estimate")("hello world")).toBe(3);
  });
});

// Counts of token ids published by OpenAI: tiktoken's README ("hello world" → [15339, 1917] in cl100k_base) and the
// cookbook "How to count tokens with tiktoken" (its encoding comparisons for the other strings).
const published: { text: string; o200k_base: number; cl100k_base: number }[] = [
  { text: "hello world", o200k_base: 2, cl100k_base: 2 },
  { text: "tiktoken is great!", o200k_base: 6, cl100k_base: 6 },
  { text: "antidisestablishmentarianism", o200k_base: 6, cl100k_base: 6 },
];

describe.each(["o200k_base", "cl100k_base"] as const)("%s", (name) => {
  const count = createTokenCounter(name);

  it.each(published)("counts $text as the published encoding does", (sample) => {
    expect(count(sample.text)).toBe(sample[name]);
  });

  it("counts special-token text as plain text instead of throwing", () => {
    expect(count("<|endoftext|>")).toBeGreaterThan(1);
  });
});

it("o200k_base and cl100k_base differ where their vocabularies do", () => {
  // o200k_base has a larger vocabulary with more non-English words, so Japanese takes fewer tokens.
  const text = "こんにちは、世界。今日はいい天気ですね。";
  expect(createTokenCounter("o200k_base")(text)).toBeLessThan(createTokenCounter("cl100k_base")(text));
});
