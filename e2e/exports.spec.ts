import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { openRun } from "./fixtures/run-page";

test("both exports download the run's report", async ({ page }) => {
  await openRun(page, "basic-conversation");
  const sessionId = await page.getByTestId("run-session-id").textContent();

  const [markdownDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export-markdown").click(),
  ]);
  expect(markdownDownload.suggestedFilename()).toMatch(/\.md$/);
  const markdown = await readFile(await markdownDownload.path(), "utf8");
  expect(markdown).toContain("# Simulation: basic-conversation");
  expect(markdown).toContain(`**Session ID:** ${sessionId}`);
  expect(markdown).toContain("| Turn | Side | Included | Filtered | Tokens Used | Available |");
  expect(markdown).toContain("| 1 | human | 3 | 0 | 2546 | 1454 |");

  const [jsonDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export-json").click(),
  ]);
  expect(jsonDownload.suggestedFilename()).toMatch(/\.json$/);
  const report = JSON.parse(await readFile(await jsonDownload.path(), "utf8"));
  expect(report.sessionId).toBe(sessionId);
  expect(report.status).toBe("succeeded");
  expect(report.messages).toHaveLength(6);
  expect(report.assemblies.map((row: { tokensUsed: number }) => row.tokensUsed)).toEqual([
    1066, 1431, 1615, 2546, 2774,
  ]);
  expect(report.artifacts.human).toHaveLength(4);
});
