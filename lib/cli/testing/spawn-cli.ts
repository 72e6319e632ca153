import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const binPath = fileURLToPath(new URL("../../../bin/parley.mjs", import.meta.url));

export interface CliOutcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real CLI (bin/parley.mjs) in a child process. Asynchronous on purpose: tests serve model endpoints
 * from this same process, which must keep answering while the child runs.
 */
export function runCli(
  args: string[],
  /** closeStdout: the reader goes away at once, as `parley run … | head -1` does once it has its line. */
  options: { cwd?: string; env?: Record<string, string | undefined>; closeStdout?: boolean } = {},
): Promise<CliOutcome> {
  // Only what the test gives (plus PATH and HOME): keys set on the developer's machine must not leak in.
  const given = { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env };
  const env = Object.fromEntries(
    Object.entries(given).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const child = spawn(process.execPath, [binPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: env as NodeJS.ProcessEnv, // Next declares NODE_ENV required; a child without it is what we want
  });
  if (options.closeStdout) child.stdout.destroy();
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
