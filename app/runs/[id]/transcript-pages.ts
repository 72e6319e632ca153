import type { SimMessage } from "@/lib/sim/types";

export const TURNS_PER_PAGE = 20;

export interface TranscriptPage {
  page: number; // 1-based
  pageCount: number;
  messages: SimMessage[];
  firstTurn: number;
  lastTurn: number;
}

/**
 * The transcript is paged by turn on the server, so a 1,000-turn run sends one page of messages. Without an
 * explicit page a running run opens on its newest turns, a finished one on its first.
 */
export function transcriptPage(
  messages: readonly SimMessage[],
  requested: number | null,
  live: boolean,
): TranscriptPage {
  const lastTurnSeen = messages.length ? messages[messages.length - 1].turn : 0;
  const pageCount = Math.max(1, Math.ceil((lastTurnSeen + 1) / TURNS_PER_PAGE));
  const wanted = requested ?? (live ? pageCount : 1);
  const page = Math.min(Math.max(1, wanted), pageCount);
  const firstTurn = (page - 1) * TURNS_PER_PAGE;
  const lastTurn = firstTurn + TURNS_PER_PAGE - 1;
  return {
    page,
    pageCount,
    firstTurn,
    lastTurn: Math.min(lastTurn, lastTurnSeen),
    messages: messages.filter((message) => message.turn >= firstTurn && message.turn <= lastTurn),
  };
}
