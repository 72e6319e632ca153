import { getURLFromRedirectError } from "next/dist/client/components/redirect";
import { isRedirectError } from "next/dist/client/components/redirect-error";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createModelsForScenario } from "@/lib/ai/registry";
import { createRun, createRunRecorder, getRunDetail } from "@/lib/db/queries/runs";
import { createScenario, deleteScenario } from "@/lib/db/queries/scenarios";
import { setupTestDatabase } from "@/lib/db/test-database";
import { stopQueue } from "@/lib/jobs/queue";
import { runSimulation } from "@/lib/sim/run-simulation";
import { exampleScenario } from "@/lib/sim/testing/reference";
import { loadArtifactContentAction, runAgainAction } from "./actions";

// Cache revalidation needs a Next.js server around the action; outside one there is nothing to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

setupTestDatabase();
afterAll(() => stopQueue());

async function finishedRun() {
  const scenario = exampleScenario();
  const { id } = await createRun({ scenario });
  const result = await runSimulation({
    scenario,
    models: createModelsForScenario(scenario, {}),
    onEvent: createRunRecorder({ runId: id }),
  });
  return { id, result };
}

describe("loadArtifactContentAction", () => {
  it("answers an expanded artifact with its full text", async () => {
    const { id, result } = await finishedRun();
    const artifact = result.artifacts.agent.at(-1);
    expect(artifact?.content.length).toBeGreaterThan(40);
    expect(await loadArtifactContentAction(id, "agent", artifact?.seq ?? 0)).toEqual({
      content: artifact?.content,
    });
  });

  it("answers an error for an artifact, side or run that does not exist", async () => {
    const { id, result } = await finishedRun();
    const missing = { error: "That artifact does not exist." };
    expect(await loadArtifactContentAction(id, "human", result.artifacts.human.length + 1)).toEqual(missing);
    expect(await loadArtifactContentAction(id, "robot" as "agent", 1)).toEqual(missing);
    expect(await loadArtifactContentAction("no-such-run", "agent", 1)).toEqual(missing);
    expect(await loadArtifactContentAction("../etc", "agent", 1)).toEqual(missing);
  });
});

/** Runs the action the way the Run again button does; it answers with a redirect to the new run's page. */
async function runAgain(runId: string): Promise<string> {
  const formData = new FormData();
  formData.set("runId", runId);
  const thrown = await runAgainAction({ ok: true }, formData).then(
    (state) => state,
    (error: unknown) => error,
  );
  if (!isRedirectError(thrown)) throw new Error(`expected a redirect, got ${JSON.stringify(thrown)}`);
  const url = getURLFromRedirectError(thrown);
  expect(url).toMatch(/^\/runs\/[A-Za-z0-9_-]{22}$/);
  return url.slice("/runs/".length);
}

describe("runAgainAction", () => {
  it("queues a new run of the same snapshot, still linked to its library scenario", async () => {
    const scenario = { ...exampleScenario(), name: "again" };
    const { id: scenarioId } = await createScenario({ definition: scenario });
    const { id } = await createRun({ scenario, scenarioId });

    const again = await getRunDetail({ id: await runAgain(id) });
    expect(again).toMatchObject({ status: "queued", scenarioId, scenario });
    expect(again?.id).not.toBe(id);
  });

  it("runs a run of a deleted scenario again without a link", async () => {
    const scenario = { ...exampleScenario(), name: "gone" };
    const { id: scenarioId } = await createScenario({ definition: scenario });
    const { id } = await createRun({ scenario, scenarioId });
    await deleteScenario({ id: scenarioId });

    expect(await getRunDetail({ id: await runAgain(id) })).toMatchObject({ scenarioId: null, scenario });
  });
});
