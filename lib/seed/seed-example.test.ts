import { describe, expect, it } from "vitest";
import { getRunDetail, listRuns } from "../db/queries/runs";
import { listScenarios } from "../db/queries/scenarios";
import { setupTestDatabase } from "../db/test-database";
import { renderMarkdownReport } from "../sim/report-markdown";
import { exampleScenario, metricRows, referenceMetrics, referenceReport } from "../sim/testing/reference";
import { seedExample } from "./seed-example";

setupTestDatabase();

const newestFirst = { column: "startedAt", direction: "desc" } as const;

describe("first start", () => {
  it("adds the example scenario and the reference report as a finished run, once", async () => {
    expect(await seedExample()).toEqual({ seeded: true });
    expect(await seedExample()).toEqual({ seeded: false });
    await Promise.all([seedExample(), seedExample()]);

    const scenarios = await listScenarios();
    expect(scenarios.map((scenario) => scenario.name)).toEqual([exampleScenario().name]);
    const { rows, total } = await listRuns({ page: 1, pageSize: 10, sort: newestFirst });
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({ status: "succeeded", turnsDone: 3, turnsTotal: 3, durationMs: 115_500 });

    const run = await getRunDetail({ id: rows[0].id });
    expect(run?.scenario).toEqual(exampleScenario());
    expect(metricRows(run?.result.assemblies ?? [])).toEqual(referenceMetrics);
  });

  it("exports the example run as the reference report (Parley adds a Side column and a real session id)", async () => {
    const { rows } = await listRuns({ page: 1, pageSize: 1, sort: newestFirst });
    const run = await getRunDetail({ id: rows[0].id });
    if (!run) throw new Error("the example run is missing");
    const exported = renderMarkdownReport(run.result);
    const reference = referenceReport();
    const sessionLine = /^\*\*Session ID:\*\* .*$/m;
    expect(exported.match(sessionLine)?.[0]).toBe(`**Session ID:** ${run.sessionId}`);
    const transcript = (report: string) =>
      report.split("## Context Assembly Metrics")[0].replace(sessionLine, "");
    const artifacts = (report: string) => report.slice(report.indexOf("## LLM Artifacts"));
    expect(transcript(exported)).toBe(transcript(reference));
    expect(artifacts(exported)).toBe(artifacts(reference));
  });
});
