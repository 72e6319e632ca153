import { disconnectPrisma } from "../db/client";
import { ensureDatabase, stopDatabase } from "../db/database";
import { readEnv } from "../env";
import { seedExample } from "../seed/seed-example";
import { handleShutdownSignals } from "./process-shutdown";
import { stopQueue } from "./queue";
import { type RunWorker, startWorker } from "./worker";

/**
 * What the web server needs before it answers: the database (embedded when DATABASE_URL is unset) with its
 * migrations, the example on first start, and (unless PARLEY_WORKERS=0) a worker executing queued runs.
 */
export async function startAppServices(): Promise<void> {
  const env = readEnv();
  await ensureDatabase();
  try {
    const { seeded } = await seedExample();
    if (seeded) console.log("[parley] first start: added the example scenario and its finished run");
  } catch (error) {
    console.error(`[parley] could not add the example: ${(error as Error).message}`);
  }
  let worker: RunWorker | null = null;
  if (env.PARLEY_WORKERS > 0) {
    worker = await startWorker({ concurrency: env.PARLEY_CONCURRENCY });
    console.log(`[parley] worker started: up to ${env.PARLEY_CONCURRENCY} runs at once`);
  }
  // `next dev` keeps its own shutdown (it has more to close); a run interrupted there is marked failed on restart.
  if (process.env.NODE_ENV === "development") return;
  handleShutdownSignals(async () => {
    await worker?.stop();
    await stopQueue();
    await disconnectPrisma();
    await stopDatabase();
  });
}
