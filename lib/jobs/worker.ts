import type { ProviderEnv } from "../ai/registry";
import { executeRun } from "./execute-run";
import { getBoss, RUN_QUEUE, type RunJobData } from "./queue";

export interface StartWorkerOptions {
  /** Runs executed at once by this process. */
  concurrency: number;
  /** Provider keys; the process environment by default. */
  env?: ProviderEnv;
  databaseUrl?: string;
}

export interface RunWorker {
  /** Stops taking jobs, ends the runs in flight (recorded as interrupted) and waits for them to be written. */
  stop(): Promise<void>;
}

// An idle slot polls this often when LISTEN/NOTIFY is unavailable (pg-boss's minimum)...
const POLLING_INTERVAL_SECONDS = 0.5;
// ...and this often as a backstop while NOTIFY wakes it the moment a run is queued.
const NOTIFY_POLLING_INTERVAL_SECONDS = 2;

/**
 * Executes queued runs, `concurrency` at a time. Each slot is its own pg-boss worker fetching one job at a time;
 * after a job it wakes itself to fetch the next at once (pg-boss would otherwise sleep a polling interval between
 * jobs, and a backlog of short runs would crawl).
 */
export async function startWorker(options: StartWorkerOptions): Promise<RunWorker> {
  const concurrency = Math.max(1, Math.floor(options.concurrency));
  const boss = await getBoss({ databaseUrl: options.databaseUrl });
  const shutdown = new AbortController();
  const inFlight = new Set<Promise<void>>();

  const startSlot = async (): Promise<string> => {
    let slotId = "";
    slotId = await boss.work<RunJobData>(
      RUN_QUEUE,
      {
        batchSize: 1,
        pollingIntervalSeconds: POLLING_INTERVAL_SECONDS,
        notifyPollingIntervalSeconds: NOTIFY_POLLING_INTERVAL_SECONDS,
      },
      async (jobs) => {
        for (const job of jobs) {
          // Fetched while stopping: fail the attempt so the retry goes to a worker that stays up.
          if (shutdown.signal.aborted) throw new Error("worker stopping; the run goes back to the queue");
          const runId = job.data?.runId;
          if (typeof runId !== "string") {
            console.warn(`[parley] job ${job.id} names no run; skipping it`);
            continue;
          }
          const execution = executeRun({
            runId,
            env: options.env,
            shutdownSignal: shutdown.signal,
          });
          inFlight.add(execution);
          try {
            await execution;
          } finally {
            inFlight.delete(execution);
          }
        }
        if (!shutdown.signal.aborted) boss.notifyWorker(slotId);
      },
    );
    return slotId;
  };

  const slotIds: string[] = [];
  for (let slot = 0; slot < concurrency; slot++) slotIds.push(await startSlot());

  let stopping: Promise<void> | undefined;
  return {
    stop() {
      stopping ??= (async () => {
        const slotsStopped = Promise.all(slotIds.map((id) => boss.offWork(RUN_QUEUE, { id, wait: true })));
        shutdown.abort();
        await Promise.allSettled([...inFlight]);
        await slotsStopped;
      })();
      return stopping;
    },
  };
}
