import { checkDatabase } from "@/lib/jobs/health";
import { checkQueue } from "@/lib/jobs/queue";

export const dynamic = "force-dynamic";

/** 200 when the database answers and the job queue is reachable; 503 with what is wrong otherwise. */
export async function GET() {
  const [database, queue] = await Promise.all([checkDatabase(), checkQueue()]);
  const ok = database.ok && queue.ok;
  return Response.json(
    { ok, database, queue },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
