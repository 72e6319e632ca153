import { requestCancel } from "@/lib/db/queries/runs";
import { findRun, type RunRouteContext } from "../find-run";

/** Asks the worker to stop the run after the model call in flight; 202 while it stops. */
export async function POST(_request: Request, context: RunRouteContext) {
  const run = await findRun(context);
  if (run instanceof Response) return run;
  await requestCancel({ id: run.id });
  return Response.json({ id: run.id, cancelRequested: true }, { status: 202 });
}
