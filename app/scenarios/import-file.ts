import "server-only";

import { createScenario } from "@/lib/db/queries/scenarios";
import { importReportAsRun } from "@/lib/jobs/import-report-run";
import { ReportParseError } from "@/lib/sim/import-report";
import { parseScenarioText, ScenarioError } from "@/lib/sim/scenario";
import { importFileSchema, looksLikeMarkdownReport } from "@/lib/validation/scenario-form";

export type ImportOutcome = { ok: true; scenarioId: string; runId?: string } | { ok: false; error: string };

/**
 * Reads an uploaded file: a markdown report becomes a scenario whose scripted sides replay it, plus a finished run
 * of it (replayed before this returns, so the old report is browsable at once); anything else is parsed as a
 * scenario file (JSON or YAML).
 */
export async function importScenarioOrReport(upload: FormDataEntryValue | null): Promise<ImportOutcome> {
  const parsed = importFileSchema.safeParse({ file: upload });
  if (!parsed.success)
    return { ok: false, error: parsed.error.issues[0]?.message ?? "Choose a file to import" };
  const { file } = parsed.data;
  const text = await file.text();

  if (looksLikeMarkdownReport(file.name, text)) {
    try {
      const imported = await importReportAsRun({ markdown: text });
      return { ok: true, scenarioId: imported.scenarioId, runId: imported.runId };
    } catch (error) {
      if (error instanceof ReportParseError || error instanceof ScenarioError) {
        return { ok: false, error: `${file.name}: ${error.message}` };
      }
      throw error;
    }
  }

  try {
    const scenario = parseScenarioText(text, file.name);
    const { id } = await createScenario({ definition: scenario });
    return { ok: true, scenarioId: id };
  } catch (error) {
    if (error instanceof ScenarioError) return { ok: false, error: error.message };
    throw error;
  }
}
