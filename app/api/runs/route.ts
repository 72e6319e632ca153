import { createModelsForScenario, MissingKeyError } from "@/lib/ai/registry";
import { createRun, markRunFailed } from "@/lib/db/queries/runs";
import { enqueueRun } from "@/lib/jobs/queue";
import { scenarioSchema } from "@/lib/sim/scenario";

function badRequest(body: Record<string, unknown>): Response {
  return Response.json(body, { status: 400 });
}

/** Launches a run of the scenario in the JSON body; 201 with the run's id and the URL of its page. */
export async function POST(request: Request) {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return badRequest({ error: "the body is not valid JSON: send a scenario as application/json" });
  }
  const parsed = scenarioSchema.safeParse(body);
  if (!parsed.success) return badRequest({ error: "invalid scenario", issues: parsed.error.issues });
  const scenario = parsed.data;
  try {
    createModelsForScenario(scenario);
  } catch (error) {
    if (error instanceof MissingKeyError)
      return badRequest({ error: error.message, variable: error.variable });
    throw error;
  }

  const { id } = await createRun({ scenario, scenarioId: null });
  try {
    await enqueueRun({ runId: id });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await markRunFailed({ id, error: `could not be queued: ${reason}` });
    return Response.json({ error: "the run was saved but could not be queued", id }, { status: 503 });
  }
  const url = new URL(`/runs/${id}`, request.url).toString();
  return Response.json({ id, url }, { status: 201, headers: { Location: url } });
}
