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

function startParleyProcess(env: NodeJS.ProcessEnv): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(process.execPath, ["--import", "tsx", fixture], {
    env,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once("line", (line) =>
      resolve(JSON.parse(line).url),
    );
    child.once("exit", (code) => reject(new Error(`the Parley process exited early (${code})`)));
  });
  return { child, url };
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

    const exited = new Promise((resolve) => first.child.once("exit", resolve));
    first.child.kill("SIGTERM");
    await exited;
    await expect(query(url, "SELECT 1")).rejects.toThrow();
    expect(existsSync(path.join(dir, "postgres", "postmaster.pid"))).toBe(false);

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
