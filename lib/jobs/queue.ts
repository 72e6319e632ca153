import { PgBoss } from "pg-boss";

export const RUN_QUEUE = "parley-run";

export interface RunJobData {
  runId: string;
}

/** A run may take hours with real models; pg-boss caps a job's active time at 24 h. */
const RUN_EXPIRE_SECONDS = 24 * 60 * 60;
/** A worker that dies mid-run stops refreshing its heartbeat; the job is retried once, and the retry records the failure. */
const RUN_HEARTBEAT_SECONDS = 30;

interface BossHolder {
  databaseUrl: string;
  ready: Promise<PgBoss>;
}

// Next.js loads instrumentation and route handlers as separate module graphs: keep one instance per process.
const holderKey = Symbol.for("parley.jobs.boss");
type GlobalWithBoss = typeof globalThis & { [holderKey]?: BossHolder };

function resolveDatabaseUrl(databaseUrl?: string): string {
  const url = databaseUrl ?? process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: call ensureDatabase() before using the job queue");
  return url;
}

async function startBoss(databaseUrl: string): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    application_name: "parley-jobs",
    max: 6,
    schedule: false,
    // NOTIFY wakes an idle worker the moment a run is queued; polling stays as the fallback.
    useListenNotify: true,
  });
  boss.on("error", (error) => console.error(`[parley] job queue: ${error.message}`));
  await boss.start();
  await boss.createQueue(RUN_QUEUE, {
    notify: true,
    retryLimit: 1,
    expireInSeconds: RUN_EXPIRE_SECONDS,
    heartbeatSeconds: RUN_HEARTBEAT_SECONDS,
  });
  return boss;
}

/** The process's pg-boss instance, started on first use. */
export function getBoss(options: { databaseUrl?: string } = {}): Promise<PgBoss> {
  const holder = globalThis as GlobalWithBoss;
  const databaseUrl = resolveDatabaseUrl(options.databaseUrl);
  const current = holder[holderKey];
  if (current && current.databaseUrl === databaseUrl) return current.ready;
  if (current)
    throw new Error("the job queue is already connected to another database; call stopQueue() first");
  const ready = startBoss(databaseUrl);
  holder[holderKey] = { databaseUrl, ready };
  ready.catch(() => {
    if (holder[holderKey]?.ready === ready) holder[holderKey] = undefined;
  });
  return ready;
}

/** Queues a created run for a worker. */
export async function enqueueRun({ runId }: RunJobData): Promise<void> {
  const boss = await getBoss();
  await boss.send(RUN_QUEUE, { runId } satisfies RunJobData);
}

/** Stops the process's pg-boss instance (workers included) and closes its pool. */
export async function stopQueue(options: { graceful?: boolean; timeoutMs?: number } = {}): Promise<void> {
  const holder = globalThis as GlobalWithBoss;
  const current = holder[holderKey];
  if (!current) return;
  holder[holderKey] = undefined;
  const boss = await current.ready.catch(() => null);
  await boss?.stop({ graceful: options.graceful ?? true, timeout: options.timeoutMs ?? 10_000 });
}

/** For the health check: the queue answers and its table is reachable. */
export async function checkQueue(): Promise<{ ok: true; queued: number } | { ok: false; error: string }> {
  try {
    const boss = await getBoss();
    const queue = await boss.getQueue(RUN_QUEUE);
    if (!queue) return { ok: false, error: `queue ${RUN_QUEUE} is missing` };
    return { ok: true, queued: queue.queuedCount };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
