import type { RecordedResult } from "@/lib/sim/events";
import { toJsonReport } from "@/lib/sim/report-json";
import { renderMarkdownReport } from "@/lib/sim/report-markdown";

export const reportFormats = {
  md: { contentType: "text/markdown; charset=utf-8", render: renderMarkdownReport },
  json: {
    contentType: "application/json; charset=utf-8",
    render: (result: RecordedResult) => `${JSON.stringify(toJsonReport(result), null, 2)}\n`,
  },
} as const;

export type ReportFormat = keyof typeof reportFormats;

export function isReportFormat(value: string): value is ReportFormat {
  return Object.hasOwn(reportFormats, value);
}

/** A file name that survives any file system: the scenario's name, then the start of the run id. */
export function reportFileName(scenarioName: string, runId: string, format: ReportFormat): string {
  const slug = scenarioName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${slug || "run"}-${runId.slice(0, 8)}.${format}`;
}
