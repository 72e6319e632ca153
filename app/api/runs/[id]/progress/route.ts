import { getRunProgress } from "@/lib/db/queries/runs";
import { recordIdSchema } from "@/lib/validation/run-id";
import { jsonError, type RunRouteContext } from "../find-run";

/** Cheap progress of a run (status, turns done), for polling while it runs. */
export async function GET(_request: Request, context: RunRouteContext) {
  const { id } = await context.params;
  const parsed = recordIdSchema.safeParse(id);
  const progress = parsed.success ? await getRunProgress({ id: parsed.data }) : null;
  if (!progress) return jsonError(404, `run ${id} not found`);
  return Response.json(progress, { headers: { "Cache-Control": "no-store" } });
}
