import { getRunProgress } from "../../db/queries/runs";
import type { RunStatus } from "../../sim/types";

const FINAL: RunStatus[] = ["succeeded", "failed", "cancelled"];

/** Polls a run until it reaches a final status (or `until` says so); fails the test after `timeoutMs`. */
export async function waitForRun(
  id: string,
  options: {
    timeoutMs?: number;
    until?: (progress: { status: RunStatus; turnsDone: number }) => boolean;
  } = {},
): Promise<{ status: RunStatus; turnsDone: number }> {
  const until = options.until ?? ((progress) => FINAL.includes(progress.status));
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  for (;;) {
    const progress = await getRunProgress({ id });
    if (!progress) throw new Error(`run ${id} does not exist`);
    if (until(progress)) return progress;
    if (Date.now() > deadline)
      throw new Error(`run ${id} is still ${progress.status} (turn ${progress.turnsDone})`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
