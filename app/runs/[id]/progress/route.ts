import { getRunProgress } from "@/lib/db/queries/runs";
import { recordIdSchema } from "@/lib/validation/run-id";

/** Cheap run progress for the run page's live poller (the full report lives under /api/runs). */
export async function GET(_request: Request, context: RouteContext<"/runs/[id]/progress">) {
  const { id } = await context.params;
  const parsed = recordIdSchema.safeParse(id);
  const progress = parsed.success ? await getRunProgress({ id: parsed.data }) : null;
  if (!progress) return Response.json({ error: "run not found" }, { status: 404 });
  return Response.json(progress, { headers: { "Cache-Control": "no-store" } });
}
