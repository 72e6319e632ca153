import { countTokens as countCl100k } from "gpt-tokenizer/encoding/cl100k_base";
import { countTokens as countO200k } from "gpt-tokenizer/encoding/o200k_base";
import type { TokenizerName } from "./types";

export type TokenCounter = (text: string) => number;

// Model text may contain strings like "<|endoftext|>"; count them as plain text instead of throwing.
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() };

/** The old tool's counter: one token per four characters (UTF-16 code units, as JavaScript counts them). */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

export function createTokenCounter(name: TokenizerName): TokenCounter {
  switch (name) {
    case "estimate":
      return estimateTokens;
    case "o200k_base":
      return (text) => countO200k(text, PLAIN_TEXT);
    case "cl100k_base":
      return (text) => countCl100k(text, PLAIN_TEXT);
  }
}
