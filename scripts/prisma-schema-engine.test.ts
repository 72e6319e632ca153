// The Prisma CLI through the schema-engine stand-in, against the test run's embedded PostgreSQL.
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPrismaCli } from "../lib/db/migrations";
import { createTestDatabase, type TestDatabase, testServerUrl } from "../lib/db/test-database";

const repo = path.resolve(import.meta.dirname, "..");

async function tableNames(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    );
    return rows.map((row) => row.tablename);
  } finally {
    await client.end();
  }
}

async function shadowDatabases(): Promise<string[]> {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow%'",
    );
    return rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
}

describe("prisma migrate deploy", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
  });
  afterAll(() => database.drop());

  it("applies every migration to an empty database, then finds nothing pending", async () => {
    const first = await runPrismaCli(["migrate", "deploy"], { databaseUrl: database.url });
    expect(first).toContain("All migrations have been successfully applied.");
    expect(await tableNames(database.url)).toEqual(
      expect.arrayContaining(["Artifact", "Assembly", "Message", "Run", "Scenario", "_prisma_migrations"]),
    );

    const second = await runPrismaCli(["migrate", "deploy"], { databaseUrl: database.url });
    expect(second).toContain("No pending migrations to apply.");
  });
});

describe("prisma migrate dev", () => {
  let database: TestDatabase;
  let project: string;
  beforeAll(async () => {
    database = await createTestDatabase({ migrate: false });
    // A copy of the project's prisma files, so a migration this test creates never lands in the repository.
    project = await mkdtemp(path.join(os.tmpdir(), "parley-migrate-dev-"));
    await cp(path.join(repo, "prisma"), path.join(project, "prisma"), { recursive: true });
    await cp(path.join(repo, "prisma.config.ts"), path.join(project, "prisma.config.ts"));
    await symlink(path.join(repo, "scripts"), path.join(project, "scripts"));
    await symlink(path.join(repo, "node_modules"), path.join(project, "node_modules"));
  });
  afterAll(async () => {
    await database.drop();
    await rm(project, { recursive: true, force: true });
  });
  const migrateDev = (...args: string[]) =>
    runPrismaCli(["migrate", "dev", ...args], { databaseUrl: database.url, root: project });

  it("brings an empty database up to date, then finds no changes", async () => {
    expect(await migrateDev()).toMatch(/applied|in sync/i);
    expect(await migrateDev()).toContain("Already in sync, no schema change or pending migration was found.");
    expect(await shadowDatabases()).toEqual([]);
  });

  it("turns a schema change into a new migration, and a second run finds no changes", async () => {
    const schemaFile = path.join(project, "prisma", "schema.prisma");
    const schema = await readFile(schemaFile, "utf8");
    await writeFile(
      schemaFile,
      `${schema}\nmodel Note {\n  id   Int    @id @default(autoincrement())\n  text String\n}\n`,
    );

    const created = await migrateDev("--name", "add_note");
    expect(created).toContain("add_note");
    const migrations = await readdir(path.join(project, "prisma", "migrations"));
    const added = migrations.find((name) => name.endsWith("_add_note")) ?? "";
    expect(
      await readFile(path.join(project, "prisma", "migrations", added, "migration.sql"), "utf8"),
    ).toContain('CREATE TABLE "Note"');
    expect(await tableNames(database.url)).toContain("Note");

    expect(await migrateDev()).toContain("Already in sync, no schema change or pending migration was found.");
    expect(await shadowDatabases()).toEqual([]);
  });
});

describe("the stand-in's failures", () => {
  it("turns an engine crash into a failing command instead of a silent success", async () => {
    const database = await createTestDatabase({ migrate: false });
    try {
      // The CLI's own switch: every engine request becomes the engine's deliberate panic.
      process.env.FORCE_PANIC_SCHEMA_ENGINE = "1";
      const crash = runPrismaCli(["migrate", "deploy"], { databaseUrl: database.url });
      await expect(crash).rejects.toThrow(/debugPanic artificial panic/);
    } finally {
      delete process.env.FORCE_PANIC_SCHEMA_ENGINE;
      await database.drop();
    }
  });
});
