// Test helper: a throwaway database per test file on the test run's embedded PostgreSQL
// (started by lib/db/vitest-global-setup.ts), with the migrations applied.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { disconnectPrisma } from "./client";
import { listMigrations, readMigrationSql } from "./migrations";

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function testServerUrl(): string {
  const url = inject("parleyTestPostgresUrl");
  if (!url)
    throw new Error(
      "No test PostgreSQL: add lib/db/vitest-global-setup.ts to globalSetup in vitest.config.ts",
    );
  return url;
}

/**
 * A new empty database. With `migrate` (the default) the migration SQL is executed directly, which is quicker
 * than `prisma migrate deploy` (tested on its own in scripts/prisma-schema-engine.test.ts).
 */
export async function createTestDatabase({ migrate = true } = {}): Promise<TestDatabase> {
  const adminUrl = testServerUrl();
  const name = `parley_test_${randomBytes(6).toString("hex")}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
  const target = new URL(adminUrl);
  target.pathname = `/${name}`;
  const url = target.toString();
  if (migrate) {
    await withAdmin(url, async (client) => {
      for (const migration of await listMigrations()) await client.query(await readMigrationSql(migration));
    });
  }
  return {
    name,
    url,
    drop: async () => {
      await withAdmin(adminUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
      );
    },
  };
}

/**
 * Call at the top of a test file: before its tests, a fresh migrated database becomes process.env.DATABASE_URL
 * (so getPrisma() and the queries use it); after them it is dropped.
 */
export function setupTestDatabase(): { readonly url: string } {
  const state = { url: "" };
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    state.url = database.url;
    process.env.DATABASE_URL = database.url;
  });
  afterAll(async () => {
    await disconnectPrisma();
    await database?.drop();
  });
  return state;
}
