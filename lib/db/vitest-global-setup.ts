// vitest globalSetup: one PostgreSQL for the whole test run, private to it; each test file then makes its own
// database with lib/db/test-database.ts.
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { directoryClosedToPostgres } from "./embedded-cluster";
import { startTestPostgres } from "./test-postgres";

declare module "vitest" {
  export interface ProvidedContext {
    parleyTestPostgresUrl: string;
  }
}

/** .parley/test, unless the checkout sits where the postgres user cannot go (say, under /root). */
async function testDataRoot(): Promise<string> {
  const inCheckout = path.join(process.cwd(), ".parley", "test");
  if (!(await directoryClosedToPostgres(inCheckout))) return inCheckout;
  const checkout = createHash("sha256").update(process.cwd()).digest("hex").slice(0, 12);
  return path.join(os.tmpdir(), `parley-test-${checkout}`);
}

export default async function setup(project: TestProject) {
  const server = await startTestPostgres({ root: await testDataRoot() });
  project.provide("parleyTestPostgresUrl", server.url("postgres"));
  return () => server.stop();
}
