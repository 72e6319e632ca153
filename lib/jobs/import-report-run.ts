import { createModelsForScenario } from "../ai/registry";
import { createRun, createRunRecorder } from "../db/queries/runs";
import { createScenario, findScenarioByName } from "../db/queries/scenarios";
import type { SimEvent } from "../sim/events";
import { type ParsedReport, parseMarkdownReport, reportToScenario } from "../sim/import-report";
import { runSimulation } from "../sim/run-simulation";
import type { Scenario } from "../sim/scenario";
import type { RunStatus } from "../sim/types";

export interface ImportedRun {
  scenarioId: string;
  runId: string;
  status: RunStatus;
}

// The old tool printed "[object Object]" for some session ids: keep an original id only when it looks like one.
const PLAUSIBLE_SESSION_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{3,127}$/;

/** The report's duration replaces the replay's milliseconds, so the run reads (and exports) like the original. */
function withOriginalDuration(event: SimEvent, durationMs: number): SimEvent {
  if (event.type === "finished" || event.type === "failed") {
    return { ...event, result: { ...event.result, durationMs } };
  }
  return event;
}

/**
 * Records a report as a finished run: the scenario (scripted with the report's messages) is replayed at once through
 * the same recorder a worker uses, so the run is complete when this returns.
 */
export async function replayReportAsRun(options: {
  report: ParsedReport;
  scenario: Scenario;
  scenarioId: string | null;
}): Promise<{ runId: string; status: RunStatus }> {
  const { report, scenario, scenarioId } = options;
  const { id: runId } = await createRun({ scenario, scenarioId });
  const record = createRunRecorder({ runId });
  const result = await runSimulation({
    scenario,
    models: createModelsForScenario(scenario, {}),
    sessionId: PLAUSIBLE_SESSION_ID.test(report.sessionId) ? report.sessionId : undefined,
    onEvent: (event) => record(withOriginalDuration(event, report.durationMs)),
  });
  return { runId, status: result.status };
}

/** The report's name, or "NAME (imported)", "NAME (imported 2)"… when the library already has it. */
async function unusedImportName(name: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const candidate = attempt === 0 ? name : `${name} (imported${attempt > 1 ? ` ${attempt}` : ""})`;
    if (!(await findScenarioByName({ name: candidate }))) return candidate;
  }
}

/**
 * Imports an old markdown report: it becomes a scenario in the library (both sides scripted with its messages) and
 * a finished run that shows the report's transcript, metrics and artifacts. Throws ReportParseError (with the line)
 * for a report that is not in the expected layout.
 */
export async function importReportAsRun(options: { markdown: string; name?: string }): Promise<ImportedRun> {
  const report = parseMarkdownReport(options.markdown);
  const name = options.name?.trim() || (await unusedImportName(report.name));
  const scenario = reportToScenario(report, { name });
  const { id: scenarioId } = await createScenario({ definition: scenario });
  const { runId, status } = await replayReportAsRun({ report, scenario, scenarioId });
  return { scenarioId, runId, status };
}
