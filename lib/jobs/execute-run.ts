import { createModelsForScenario, type ProviderEnv } from "../ai/registry";
import { errorSummary } from "../db/error-summary";
import {
  createRunRecorder,
  getRunDetail,
  isCancelRequested,
  markRunCancelled,
  markRunFailed,
} from "../db/queries/runs";
import type { SimEvent } from "../sim/events";
import { runSimulation } from "../sim/run-simulation";

/** How often a running simulation looks for a cancel request; an in-flight model call is aborted too. */
export const CANCEL_POLL_MS = 250;

export const INTERRUPTED_MESSAGE =
  "Parley stopped while this run was in progress; the turns before it are kept. Run it again to finish.";

export interface ExecuteRunOptions {
  runId: string;
  /** Where provider keys come from (the worker's environment by default). */
  env?: ProviderEnv;
  /** Aborted when the worker shuts down: the run ends as failed with INTERRUPTED_MESSAGE, not as cancelled. */
  shutdownSignal?: AbortSignal;
}

/** Ends the run as failed instead of cancelled when it was the worker, not the user, that stopped it. */
function asInterrupted(event: SimEvent): SimEvent {
  if (event.type !== "finished" || event.result.status !== "cancelled") return event;
  return {
    type: "failed",
    error: INTERRUPTED_MESSAGE,
    result: { ...event.result, status: "failed", error: INTERRUPTED_MESSAGE },
  };
}

function watchForCancel(runId: string, controller: AbortController): () => void {
  let checking = false;
  const timer = setInterval(async () => {
    if (checking || controller.signal.aborted) return;
    checking = true;
    try {
      if (await isCancelRequested({ id: runId })) controller.abort(new Error("cancelled by the user"));
    } catch (error) {
      console.error(`[parley] run ${runId}: could not check for a cancel request: ${errorSummary(error)}`);
    } finally {
      checking = false;
    }
  }, CANCEL_POLL_MS);
  return () => clearInterval(timer);
}

/**
 * Runs one queued run to its end and records everything through the database recorder. Problems with the run
 * itself (missing key, bad scenario, model errors) end up on the run as "failed"; only database errors throw.
 */
export async function executeRun({ runId, env, shutdownSignal }: ExecuteRunOptions): Promise<void> {
  const run = await getRunDetail({ id: runId });
  if (!run) {
    console.warn(`[parley] run ${runId} no longer exists; skipping it`);
    return;
  }
  if (run.status === "running") {
    // Only a retried job finds its run running: the worker that had it died mid-run.
    await markRunFailed({ id: runId, error: INTERRUPTED_MESSAGE });
    return;
  }
  if (run.status !== "queued") return;
  if (await isCancelRequested({ id: runId })) {
    await markRunCancelled({ id: runId });
    return;
  }

  let models: ReturnType<typeof createModelsForScenario>;
  try {
    models = createModelsForScenario(run.scenario, env);
  } catch (error) {
    await markRunFailed({ id: runId, error: errorSummary(error) });
    return;
  }

  const controller = new AbortController();
  let interrupted = false;
  const onShutdown = () => {
    if (controller.signal.aborted) return; // the user's cancel came first
    interrupted = true;
    controller.abort(new Error("worker stopping"));
  };
  shutdownSignal?.addEventListener("abort", onShutdown, { once: true });
  if (shutdownSignal?.aborted) onShutdown();
  const stopWatching = watchForCancel(runId, controller);
  const record = createRunRecorder({ runId });
  try {
    await runSimulation({
      scenario: run.scenario,
      models,
      sessionId: run.sessionId,
      signal: controller.signal,
      onEvent: (event) => record(interrupted ? asInterrupted(event) : event),
    });
  } catch (error) {
    // runSimulation throws only before the first turn (e.g. a system prompt larger than the budget).
    await markRunFailed({ id: runId, error: errorSummary(error) });
  } finally {
    stopWatching();
    shutdownSignal?.removeEventListener("abort", onShutdown);
  }
}
