import { describe, expect, it } from "vitest";
import type { SimMessage } from "@/lib/sim/types";
import { TURNS_PER_PAGE, transcriptPage } from "./transcript-pages";

function conversation(turns: number): SimMessage[] {
  return Array.from({ length: turns }, (_, turn) => [
    { turn, role: "human" as const, content: `q${turn}`, tokens: 1, model: "scripted" },
    { turn, role: "agent" as const, content: `a${turn}`, tokens: 1, model: "scripted" },
  ]).flat();
}

describe("transcript pages", () => {
  it("sends one page of turns for a long run, not the whole conversation", () => {
    const page = transcriptPage(conversation(1000), 3, false);
    expect(page.pageCount).toBe(Math.ceil(1000 / TURNS_PER_PAGE));
    expect(page.messages).toHaveLength(2 * TURNS_PER_PAGE);
    expect(page.messages[0].turn).toBe(2 * TURNS_PER_PAGE);
  });

  it("opens a running run on its newest turns and a finished one on its first", () => {
    const messages = conversation(45);
    expect(transcriptPage(messages, null, true).messages.at(-1)?.turn).toBe(44);
    expect(transcriptPage(messages, null, false).messages[0].turn).toBe(0);
  });

  it("clamps a page number past the end to the last page", () => {
    const page = transcriptPage(conversation(30), 99, false);
    expect(page.page).toBe(2);
    expect(page.firstTurn).toBe(TURNS_PER_PAGE);
    expect(page.lastTurn).toBe(29);
  });
});
