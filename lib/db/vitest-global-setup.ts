// vitest globalSetup: one embedded PostgreSQL for the whole test run (in .parley/test, apart from the app's
// data); each test file then makes its own database with lib/db/test-database.ts.
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { TEST_DATABASE_PREFIX } from "./test-database-name";

declare module "vitest" {
  export interface ProvidedContext {
    parleyTestPostgresUrl: string;
  }
}

// Durability buys nothing for throwaway test data.
const FAST_UNSAFE_FLAGS = ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];

async function dropLeftoverDatabases(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [TEST_DATABASE_PREFIX],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(datname)} WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject) {
  const server = await startEmbeddedPostgres({
    dataDir: path.join(process.cwd(), ".parley", "test"),
    postgresFlags: [...FAST_UNSAFE_FLAGS, "-c", "max_connections=300"],
  });
  const adminUrl = server.url("postgres");
  // Only the run that started the server may clean up: a concurrent run's databases are still in use.
  if (server.owned) await dropLeftoverDatabases(adminUrl);
  project.provide("parleyTestPostgresUrl", adminUrl);
  return async () => {
    await server.stop();
  };
}
