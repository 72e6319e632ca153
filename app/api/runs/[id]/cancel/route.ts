import { requestCancel } from "@/lib/db/queries/runs";
import { findRun, jsonError, type RunRouteContext } from "../find-run";

/**
 * Cancels the run: a queued one at once ("cancelled"), a running one after the model call in flight ("stopping");
 * 202 either way. 409 for a run that is already over, which nothing can cancel any more.
 */
export async function POST(_request: Request, context: RunRouteContext) {
  const run = await findRun(context);
  if (run instanceof Response) return run;
  const outcome = await requestCancel({ id: run.id });
  if (!outcome)
    return jsonError(409, `run ${run.id} is already over (${run.status})`, { status: run.status });
  return Response.json({ id: run.id, cancelRequested: true, status: outcome }, { status: 202 });
}
