// `npm start`: the database (embedded unless DATABASE_URL is set), a production build when the sources are newer
// than the last one, then `next start` with DATABASE_URL passed on. The database stops after the server does.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { ensureDatabase, stopDatabase } from "../lib/db/database";
import { readEnv } from "../lib/env";
import { handleShutdownSignals } from "../lib/jobs/process-shutdown";

const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const buildStamp = path.join(root, ".next", "BUILD_ID");
// What the production build is made of; tests and generated reports are not.
const sourceEntries = [
  "app",
  "components",
  "lib",
  "public",
  "instrumentation.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

async function newestSourceTime(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return /\.test\.tsx?$/.test(entry) ? 0 : info.mtimeMs;
  const children = await readdir(entry);
  const times = await Promise.all(children.map((child) => newestSourceTime(path.join(entry, child))));
  return Math.max(0, ...times);
}

async function buildIsCurrent(): Promise<boolean> {
  if (!existsSync(buildStamp)) return false;
  const built = (await stat(buildStamp)).mtimeMs;
  const times = await Promise.all(sourceEntries.map((entry) => newestSourceTime(path.join(root, entry))));
  return Math.max(...times) <= built;
}

function runNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], { cwd: root, env, stdio: "inherit" });
}

function exitCodeOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function main(): Promise<void> {
  const settings = readEnv();
  const quiet = { NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
  const databaseUrl = await ensureDatabase();

  let child: ChildProcess | null = null; // next build, then next start
  handleShutdownSignals(async (signal) => {
    if (child && child.exitCode === null) {
      child.kill(signal);
      const stopped = await Promise.race([exitCodeOf(child), delay(15_000).then(() => null)]);
      if (stopped === null) child.kill("SIGKILL");
    }
    await stopDatabase();
  });

  if (!(await buildIsCurrent())) {
    console.log("[parley] building the dashboard (next build); this takes a minute or two the first time");
    child = runNext(["build"], { ...process.env, ...quiet });
    const code = await exitCodeOf(child);
    if (code !== 0) throw new Error(`next build failed (exit ${code})`);
  }

  child = runNext(["start", "--port", String(settings.PORT)], {
    ...process.env,
    ...quiet,
    DATABASE_URL: databaseUrl,
    PORT: String(settings.PORT),
    // The server's own shutdown (lib/jobs/app-services) lets its worker record the runs in flight first.
    NEXT_MANUAL_SIG_HANDLE: "true",
  });
  const code = await exitCodeOf(child);
  await stopDatabase();
  process.exit(code);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

main().catch(async (error) => {
  console.error(`[parley] ${error instanceof Error ? error.message : String(error)}`);
  await stopDatabase().catch(() => {});
  process.exit(1);
});
