import type { ProviderEnv } from "../ai/registry";

/** What a command may touch of the outside world; main() fills it from the process. */
export interface CliContext {
  cwd: string;
  env: ProviderEnv;
  /** Report or scenario text, as is. */
  writeOut(text: string): void;
  /** One line of progress or diagnostics (newline added). */
  writeErr(line: string): void;
  /** Aborted on Ctrl-C: the run stops between model calls and its report is still written. */
  signal?: AbortSignal;
}
