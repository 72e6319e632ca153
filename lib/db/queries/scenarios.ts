// Scenario library. No `import "server-only"`: the worker, scripts and vitest import these too.
import { type Scenario, scenarioSchema } from "../../sim/scenario";
import { getPrisma } from "../client";
import { Prisma } from "../generated/client";
import { asScenario } from "./run-rows";

export interface ScenarioSummary {
  id: string;
  name: string;
  version: number;
  turns: number;
  budget: number;
  tokenizer: Scenario["tokenizer"];
  agentModel: string;
  humanModel: string;
  updatedAt: Date;
}

export interface StoredScenario {
  id: string;
  name: string;
  version: number;
  definition: Scenario;
  createdAt: Date;
  updatedAt: Date;
}

const asJson = (scenario: Scenario) => scenarioSchema.parse(scenario) as unknown as Prisma.InputJsonObject;

export async function listScenarios(): Promise<ScenarioSummary[]> {
  const rows = await getPrisma().scenario.findMany({ orderBy: [{ name: "asc" }, { updatedAt: "desc" }] });
  return rows.map((row) => {
    const definition = asScenario(row.definition);
    return {
      id: row.id,
      name: row.name,
      version: row.version,
      turns: definition.turns,
      budget: definition.budget,
      tokenizer: definition.tokenizer,
      agentModel: definition.agent.model,
      humanModel: definition.human.model,
      updatedAt: row.updatedAt,
    };
  });
}

export async function getScenario({ id }: { id: string }): Promise<StoredScenario | null> {
  const row = await getPrisma().scenario.findUnique({ where: { id } });
  return row && { ...row, definition: asScenario(row.definition) };
}

export async function findScenarioByName({ name }: { name: string }): Promise<StoredScenario | null> {
  const row = await getPrisma().scenario.findFirst({ where: { name }, orderBy: { createdAt: "asc" } });
  return row && { ...row, definition: asScenario(row.definition) };
}

export async function createScenario({ definition }: { definition: Scenario }): Promise<{ id: string }> {
  const row = await getPrisma().scenario.create({
    data: { name: definition.name, definition: asJson(definition) },
    select: { id: true },
  });
  return row;
}

/** Saves a new version; runs keep the snapshot they ran. Null when the scenario does not exist. */
export async function updateScenario({
  id,
  definition,
}: {
  id: string;
  definition: Scenario;
}): Promise<{ id: string; version: number } | null> {
  try {
    return await getPrisma().scenario.update({
      where: { id },
      data: { name: definition.name, definition: asJson(definition), version: { increment: 1 } },
      select: { id: true, version: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") return null;
    throw error;
  }
}

/** Runs of the scenario survive (their scenarioId becomes null). False when there was nothing to delete. */
export async function deleteScenario({ id }: { id: string }): Promise<boolean> {
  const { count } = await getPrisma().scenario.deleteMany({ where: { id } });
  return count > 0;
}
