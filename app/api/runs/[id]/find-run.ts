import { getRunDetail, type RunDetail } from "@/lib/db/queries/runs";
import { recordIdSchema } from "@/lib/validation/run-id";

export type RunRouteContext = { params: Promise<{ id: string }> };

export function jsonError(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, ...extra }, { status, headers: { "Cache-Control": "no-store" } });
}

/** The run named by the route's [id], or the 404 response to send instead. */
export async function findRun(context: RunRouteContext): Promise<RunDetail | Response> {
  const { id } = await context.params;
  const parsed = recordIdSchema.safeParse(id);
  const run = parsed.success ? await getRunDetail({ id: parsed.data }) : null;
  return run ?? jsonError(404, `run ${id} not found`);
}
