import { findRun, jsonError, type RunRouteContext } from "../find-run";
import { isReportFormat, reportFileName, reportFormats } from "./report-formats";

/** The engine's report of a run as a download: ?format=md (the default) or ?format=json. */
export async function GET(request: Request, context: RunRouteContext) {
  const format = new URL(request.url).searchParams.get("format") ?? "md";
  if (!isReportFormat(format)) return jsonError(400, `unknown format "${format}": use md or json`);
  const run = await findRun(context);
  if (run instanceof Response) return run;
  const { contentType, render } = reportFormats[format];
  return new Response(render(run.result), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${reportFileName(run.scenarioName, run.id, format)}"`,
      "Cache-Control": "no-store",
    },
  });
}
