import { describe, expect, it } from "vitest";
import { formatDuration, formatNumber, formatTokens } from "./format";

describe("formatDuration", () => {
  it("reads as a person would say it, never with 60 in a unit's place", () => {
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(7.4)).toBe("7 ms");
    expect(formatDuration(999.6)).toBe("1.0 s");
    expect(formatDuration(115_500)).toBe("1 min 56 s");
    expect(formatDuration(59_960)).toBe("1 min 0 s");
    expect(formatDuration(119_500)).toBe("2 min 0 s");
    expect(formatDuration(3_599_600)).toBe("1 h 0 min");
  });
});

describe("formatNumber", () => {
  it("groups thousands, as the metrics tables show them", () => {
    expect(formatNumber(2934)).toBe("2,934");
    expect(formatNumber(undefined)).toBe("—");
  });
});

describe("formatTokens", () => {
  it("says one token in the singular", () => {
    expect(formatTokens(1)).toBe("1 token");
    expect(formatTokens(0)).toBe("0 tokens");
    expect(formatTokens(1200)).toBe("1,200 tokens");
  });
});
