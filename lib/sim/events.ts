import type { Scenario } from "./scenario";
import type { Artifact, Assembly, RunStatus, Side, SimMessage } from "./types";

export type FinalStatus = Extract<RunStatus, "succeeded" | "failed" | "cancelled">;

export interface SimResult {
  scenario: Scenario;
  sessionId: string;
  status: FinalStatus;
  error?: string;
  turns: number; // completed turns (a turn completes with the agent's reply)
  startedAt: string; // ISO 8601
  durationMs: number;
  messages: SimMessage[];
  assemblies: Assembly[];
  artifacts: { agent: Artifact[]; human: Artifact[] };
}

/** A result as recorded so far: a run read back before it ends is still "queued" or "running". Reports take either. */
export type RecordedResult = Omit<SimResult, "status"> & { status: RunStatus };

export type SimEvent =
  | { type: "turn-started"; turn: number }
  /** A message was written; `artifacts` are the store entries it added, on either side. */
  | { type: "message"; message: SimMessage; artifacts: { side: Side; artifact: Artifact }[] }
  | { type: "assembly"; assembly: Assembly }
  /** After the agent's reply of that turn. */
  | { type: "turn-finished"; turn: number }
  /** Status "succeeded", or "cancelled" when the signal was aborted between model calls. */
  | { type: "finished"; result: SimResult }
  | { type: "failed"; error: string; result: SimResult };

export type SimEventHandler = (event: SimEvent) => void | Promise<void>;
