import { listRuns } from "../db/queries/runs";

/** For the health check: the database answers and holds Parley's tables. */
export async function checkDatabase(): Promise<{ ok: true; runs: number } | { ok: false; error: string }> {
  try {
    const { total } = await listRuns({
      page: 1,
      pageSize: 1,
      sort: { column: "startedAt", direction: "desc" },
    });
    return { ok: true, runs: total };
  } catch (error) {
    const lines = (error instanceof Error ? error.message : String(error)).split("\n");
    return {
      ok: false,
      error: lines.map((line) => line.trim()).find(Boolean) ?? "the database did not answer",
    };
  }
}
