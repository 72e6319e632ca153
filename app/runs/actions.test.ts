import { describe, expect, it } from "vitest";
import { createModelsForScenario } from "@/lib/ai/registry";
import { createRun, createRunRecorder } from "@/lib/db/queries/runs";
import { setupTestDatabase } from "@/lib/db/test-database";
import { runSimulation } from "@/lib/sim/run-simulation";
import { exampleScenario } from "@/lib/sim/testing/reference";
import { loadArtifactContentAction } from "./actions";

setupTestDatabase();

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
