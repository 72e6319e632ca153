import { toJsonReport } from "@/lib/sim/report-json";
import { findRun, type RunRouteContext } from "./find-run";

/** The run's status and, as far as it got, its JSON report. */
export async function GET(request: Request, context: RunRouteContext) {
  const run = await findRun(context);
  if (run instanceof Response) return run;
  return Response.json(
    {
      id: run.id,
      url: new URL(`/runs/${run.id}`, request.url).toString(),
      status: run.status,
      error: run.error ?? null,
      scenarioName: run.scenarioName,
      turnsDone: run.turnsDone,
      turnsTotal: run.turnsTotal,
      createdAt: run.createdAt,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      report: toJsonReport(run.result),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}
