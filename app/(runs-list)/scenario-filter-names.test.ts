import { describe, expect, it } from "vitest";
import { createRun } from "@/lib/db/queries/runs";
import { createScenario, deleteScenario, updateScenario } from "@/lib/db/queries/scenarios";
import { setupTestDatabase } from "@/lib/db/test-database";
import { importReportAsRun } from "@/lib/jobs/import-report-run";
import { exampleScenario, referenceReport } from "@/lib/sim/testing/reference";
import { scenarioFilterNames } from "./scenario-filter-names";

setupTestDatabase();

const named = (name: string) => ({ ...exampleScenario(), name });

describe("the runs list's scenario filter", () => {
  it("offers every name runs have, including imported runs and runs of deleted or renamed scenarios", async () => {
    const { id: deleted } = await createScenario({ definition: named("Deleted one") });
    await createRun({ scenario: named("Deleted one"), scenarioId: deleted });
    await deleteScenario({ id: deleted });

    const imported = await importReportAsRun({ markdown: referenceReport(), name: "imported talk" });
    await updateScenario({ id: imported.scenarioId, definition: named("imported talk, edited") });

    await createScenario({ definition: named("never run") });
    const { id: kept } = await createScenario({ definition: named("alpha") });
    await createRun({ scenario: named("alpha"), scenarioId: kept });
    await createRun({ scenario: named("alpha"), scenarioId: kept });

    expect(await scenarioFilterNames({})).toEqual(["alpha", "Deleted one", "imported talk"]);
    // The name in the URL stays selectable even when no run has it.
    expect(await scenarioFilterNames({ selected: "beta" })).toEqual([
      "alpha",
      "beta",
      "Deleted one",
      "imported talk",
    ]);
  });
});
