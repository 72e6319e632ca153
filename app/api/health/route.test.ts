import { afterAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/lib/db/test-database";
import { stopQueue } from "@/lib/jobs/queue";
import { GET } from "./route";

setupTestDatabase();
afterAll(() => stopQueue());

describe("GET /api/health", () => {
  it("answers 200 when the database and the job queue answer", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      ok: true,
      database: { ok: true, runs: 0 },
      queue: { ok: true },
    });
  });

  it("answers 503 saying what is wrong when the database is unreachable", async () => {
    await stopQueue();
    const url = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "postgresql://postgres:wrong@127.0.0.1:1/nothing";
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      const body = await response.json();
      expect(body.ok).toBe(false);
      expect(body.database.ok).toBe(false);
      expect(body.database.error).toBe("Can't reach database server at 127.0.0.1:1");
    } finally {
      process.env.DATABASE_URL = url;
      await stopQueue();
    }
  });
});
