import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { ensureDatabase } from "./database";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { createTestDatabase } from "./test-database";

const fixture = path.join(import.meta.dirname, "testing", "hold-database.ts");
const temporaryDirs: string[] = [];

async function dataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "parley-data-"));
  await chmod(dir, 0o755); // the postgres user must reach the cluster inside
  temporaryDirs.push(dir);
  return dir;
}

afterAll(async () => {
  for (const dir of temporaryDirs) await rm(dir, { recursive: true, force: true });
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

async function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  await exited;
}

/** PostgreSQL finishes its shutdown on its own after the process that started it has exited. */
async function serverGone(url: string, dir: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  const pidFile = path.join(dir, "postgres", "postmaster.pid");
  while (Date.now() < deadline) {
    const answers = await query(url, "SELECT 1").then(
      () => true,
      () => false,
    );
    if (!answers && !existsSync(pidFile)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server behind ${url} is still up`);
}

interface ParleyProcess {
  child: ChildProcess;
  url: Promise<string>;
  stderr(): string;
}

function startParleyProcess(env: NodeJS.ProcessEnv): ParleyProcess {
  const child = spawn(process.execPath, ["--import", "tsx", fixture], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += chunk;
  });
  const url = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once("line", (line) =>
      resolve(JSON.parse(line).url),
    );
    child.once("exit", (code) => reject(new Error(`the Parley process exited early (${code})`)));
  });
  return { child, url, stderr: () => stderr };
}

describe("ensureDatabase without DATABASE_URL", () => {
  it("starts an embedded PostgreSQL, shares it with a second process, stops on SIGTERM, reuses the data", async () => {
    const dir = await dataDir();
    const { DATABASE_URL: _ignored, ...env } = process.env;
    const first = startParleyProcess({ ...env, PARLEY_DATA_DIR: dir });
    const url = await first.url;
    expect(url).toMatch(/^postgresql:\/\/postgres:.+@127\.0\.0\.1:\d+\/parley$/);
    // Migrated at start, ready for the app's rows.
    await query(
      url,
      `INSERT INTO "Scenario" (id, name, definition, "updatedAt") VALUES ('s1', 'kept', '{}', now())`,
    );

    // Another Parley process (say `npm run worker`) joins the running server instead of starting its own.
    const joined = await startEmbeddedPostgres({ dataDir: dir });
    expect(joined.owned).toBe(false);
    expect(joined.url("parley")).toBe(url);

    await stopProcess(first.child, "SIGTERM");
    await serverGone(url, dir);

    const restarted = await startEmbeddedPostgres({ dataDir: dir });
    try {
      expect(restarted.owned).toBe(true);
      const rows = await query<{ name: string }>(restarted.url("parley"), `SELECT name FROM "Scenario"`);
      expect(rows).toEqual([{ name: "kept" }]);
    } finally {
      await restarted.stop();
    }
  });
});

describe("an embedded PostgreSQL whose starter was killed outright", () => {
  it("is taken over by the next start, which stops it like its own", async () => {
    const dir = await dataDir();
    const { DATABASE_URL: _ignored, ...env } = process.env;
    const starter = startParleyProcess({ ...env, PARLEY_DATA_DIR: dir });
    const url = await starter.url;
    await stopProcess(starter.child, "SIGKILL");
    await query(url, "SELECT 1"); // no one stopped it

    const adopted = await startEmbeddedPostgres({ dataDir: dir });
    expect(adopted.owned).toBe(true);
    expect(adopted.url("parley")).toBe(url);
    await adopted.stop();
    await serverGone(url, dir);
  });
});

describe("ensureDatabase with DATABASE_URL", () => {
  it("migrates that server's database and starts nothing", async () => {
    const database = await createTestDatabase({ migrate: false });
    const dir = await dataDir();
    const saved = { url: process.env.DATABASE_URL, dataDir: process.env.PARLEY_DATA_DIR };
    process.env.DATABASE_URL = database.url;
    process.env.PARLEY_DATA_DIR = dir;
    try {
      expect(await ensureDatabase()).toBe(database.url);
      const migrations = await query<{ n: number }>(
        database.url,
        "SELECT count(*)::int AS n FROM _prisma_migrations",
      );
      expect(migrations[0]?.n).toBeGreaterThan(0);
      expect(existsSync(path.join(dir, "postgres"))).toBe(false);
    } finally {
      restoreEnv("DATABASE_URL", saved.url);
      restoreEnv("PARLEY_DATA_DIR", saved.dataDir);
      await database.drop();
    }
  });
});

describe("ensureDatabase with an unreachable DATABASE_URL", () => {
  it("fails with one line naming the server, without its password", async () => {
    const { DATABASE_URL: _ignored, ...env } = process.env;
    const closedPort = "postgresql://parley:secret@127.0.0.1:1/parley";
    const child = startParleyProcess({ ...env, DATABASE_URL: closedPort });
    await expect(child.url).rejects.toThrow(/exited early \(1\)/);
    expect(child.stderr()).toContain(
      "Could not prepare the database at postgresql://parley:***@127.0.0.1:1/parley",
    );
    expect(child.stderr()).not.toContain("secret");
  });
});
