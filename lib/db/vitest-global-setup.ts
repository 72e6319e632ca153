// vitest globalSetup: one PostgreSQL for the whole test run, private to it; each test file then makes its own
// database with lib/db/test-database.ts.
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startTestPostgres } from "./test-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    parleyTestPostgresUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestPostgres({ root: path.join(process.cwd(), ".parley", "test") });
  project.provide("parleyTestPostgresUrl", server.url("postgres"));
  return () => server.stop();
}
