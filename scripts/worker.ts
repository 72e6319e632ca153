// `npm run worker`: executes queued runs in its own process, against DATABASE_URL or, when that is unset, the
// embedded PostgreSQL that `npm start` runs on the same data directory (started here if it is not running).
import { disconnectPrisma } from "../lib/db/client";
import { ensureDatabase, stopDatabase } from "../lib/db/database";
import { readEnv } from "../lib/env";
import { handleShutdownSignals } from "../lib/jobs/process-shutdown";
import { stopQueue } from "../lib/jobs/queue";
import { startWorker } from "../lib/jobs/worker";

async function main(): Promise<void> {
  const settings = readEnv();
  await ensureDatabase();
  const worker = await startWorker({ concurrency: settings.PARLEY_CONCURRENCY });
  handleShutdownSignals(async () => {
    await worker.stop();
    await stopQueue();
    await disconnectPrisma();
    await stopDatabase();
  });
  console.log(`[parley] worker ready: up to ${settings.PARLEY_CONCURRENCY} runs at once (Ctrl+C stops it)`);
}

main().catch(async (error) => {
  console.error(`[parley] worker: ${error instanceof Error ? error.message : String(error)}`);
  await stopDatabase().catch(() => {});
  process.exit(1);
});
