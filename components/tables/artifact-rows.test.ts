import { describe, expect, it } from "vitest";
import type { Artifact } from "@/lib/sim/types";
import { toArtifactRows } from "./artifact-rows";

const artifact = (seq: number, content: string): Artifact => ({
  seq,
  kind: seq % 2 ? "user_input" : "agent_response",
  content,
  tokens: Math.ceil(content.length / 4),
  turn: Math.floor((seq - 1) / 2),
});

describe("toArtifactRows", () => {
  it("sends a short run's artifacts whole, with a one-line preview", () => {
    const long = `First line\n\n   second   line ${"word ".repeat(60)}`;
    const rows = toArtifactRows([artifact(1, "Hello there"), artifact(2, long)]);
    expect(rows[0]).toEqual({
      seq: 1,
      kind: "user_input",
      turn: 0,
      tokens: 3,
      preview: "Hello there",
      content: "Hello there",
    });
    expect(rows[1].content).toBe(long);
    expect(rows[1].preview.startsWith("First line second line word word")).toBe(true);
    expect(rows[1].preview).toHaveLength(121);
    expect(rows[1].preview.endsWith("…")).toBe(true);
  });

  it("sends previews only when a side's artifacts are too long to send at once", () => {
    const artifacts = Array.from({ length: 300 }, (_, index) => artifact(index + 1, "x".repeat(1000)));
    const rows = toArtifactRows(artifacts);
    expect(rows).toHaveLength(300);
    expect(rows.every((row) => row.content === undefined)).toBe(true);
    expect(rows[299]).toMatchObject({ seq: 300, preview: `${"x".repeat(120)}…` });
  });
});
