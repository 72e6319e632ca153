import { errorSummary } from "../db/error-summary";
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
    return { ok: false, error: errorSummary(error) };
  }
}
