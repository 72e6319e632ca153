import { describe, expect, it } from "vitest";
import { exampleScenario } from "../../sim/testing/reference";
import { setupTestDatabase } from "../test-database";
import { createRun, getRunDetail } from "./runs";
import {
  createScenario,
  deleteScenario,
  findScenarioByName,
  getScenario,
  listScenarios,
  updateScenario,
} from "./scenarios";

setupTestDatabase();

describe("scenario library", () => {
  it("stores a scenario and lists it with the numbers the library page shows", async () => {
    const definition = exampleScenario();
    const { id } = await createScenario({ definition });

    const stored = await getScenario({ id });
    expect(stored).toMatchObject({ id, name: definition.name, version: 1, definition });
    const summary = (await listScenarios()).find((row) => row.id === id);
    expect(summary).toEqual({
      id,
      name: definition.name,
      version: 1,
      turns: definition.turns,
      budget: definition.budget,
      tokenizer: definition.tokenizer,
      agentModel: definition.agent.model,
      humanModel: definition.human.model,
      updatedAt: stored?.updatedAt,
    });
    expect((await findScenarioByName({ name: definition.name }))?.id).toBe(id);
  });

  it("bumps the version on edit while a run keeps the exact scenario it ran", async () => {
    const original = { ...exampleScenario(), name: "versioned" };
    const { id } = await createScenario({ definition: original });
    const run = await createRun({ scenario: original, scenarioId: id });

    const edited = { ...original, turns: original.turns - 1, budget: 9000 };
    expect(await updateScenario({ id, definition: edited })).toEqual({ id, version: 2 });
    expect(await updateScenario({ id, definition: { ...edited, name: "renamed" } })).toEqual({
      id,
      version: 3,
    });

    const stored = await getScenario({ id });
    expect(stored).toMatchObject({
      version: 3,
      name: "renamed",
      definition: { turns: edited.turns, budget: 9000 },
    });
    const detail = await getRunDetail({ id: run.id });
    expect(detail?.scenario).toEqual(original);
    expect(detail?.turnsTotal).toBe(original.turns);
  });

  it("rejects a definition the engine would reject, before it reaches the database", async () => {
    const broken = { ...exampleScenario(), name: "broken", turns: 0 };
    await expect(createScenario({ definition: broken })).rejects.toThrow(/turns/);
    expect(await findScenarioByName({ name: "broken" })).toBeNull();
  });

  it("deletes a scenario but keeps its runs, detached", async () => {
    const definition = { ...exampleScenario(), name: "short-lived" };
    const { id } = await createScenario({ definition });
    const run = await createRun({ scenario: definition, scenarioId: id });

    expect(await deleteScenario({ id })).toBe(true);
    expect(await getScenario({ id })).toBeNull();
    expect(await deleteScenario({ id })).toBe(false);
    expect(await updateScenario({ id, definition })).toBeNull();
    const detail = await getRunDetail({ id: run.id });
    expect(detail?.scenarioName).toBe("short-lived");
    expect(detail?.scenario).toEqual(definition);
  });
});
