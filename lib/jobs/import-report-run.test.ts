import { describe, expect, it } from "vitest";
import { getRunDetail } from "../db/queries/runs";
import { getScenario, listScenarios } from "../db/queries/scenarios";
import { setupTestDatabase } from "../db/test-database";
import { ReportParseError } from "../sim/import-report";
import { metricRows, referenceMetrics, referenceReport } from "../sim/testing/reference";
import { importReportAsRun } from "./import-report-run";

setupTestDatabase();

describe("importing an old report", () => {
  it("becomes a scenario in the library and a finished run showing the report", async () => {
    const imported = await importReportAsRun({ markdown: referenceReport(), name: "old session talk" });

    expect(imported.status).toBe("succeeded");
    const scenario = await getScenario({ id: imported.scenarioId });
    expect(scenario?.name).toBe("old session talk");
    expect(scenario?.definition.agent.model).toBe("scripted");
    const run = await getRunDetail({ id: imported.runId });
    expect(run).toMatchObject({ status: "succeeded", scenarioName: "old session talk", durationMs: 115_500 });
    expect(run?.result.messages[0].content).toBe(
      "I'm new to this project. Can you explain how the session artifacts work?",
    );
    expect(metricRows(run?.result.assemblies ?? [])).toEqual(referenceMetrics);
  });

  it("keeps the library's names apart: a report imported again is named as an import", async () => {
    const first = await importReportAsRun({ markdown: referenceReport() });
    const second = await importReportAsRun({ markdown: referenceReport() });
    const third = await importReportAsRun({ markdown: referenceReport() });
    const names = await Promise.all(
      [first, second, third].map(async ({ scenarioId }) => (await getScenario({ id: scenarioId }))?.name),
    );
    expect(names).toEqual([
      "basic-conversation",
      "basic-conversation (imported)",
      "basic-conversation (imported 2)",
    ]);
  });

  it("rejects a report that is not in the expected layout, naming the line, and saves nothing", async () => {
    const before = (await listScenarios()).length;
    const broken = referenceReport().replace("**Turns:** 3", "**Turns:** three");
    await expect(importReportAsRun({ markdown: broken })).rejects.toThrow(ReportParseError);
    await expect(importReportAsRun({ markdown: broken })).rejects.toThrow(/line 3/);
    expect((await listScenarios()).length).toBe(before);
  });
});
