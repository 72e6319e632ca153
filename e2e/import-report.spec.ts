import { expect, test } from "@playwright/test";
import { referenceMetrics, referenceReportPath } from "./fixtures/reference";
import { metricsRows } from "./fixtures/run-page";

test("importing an old markdown report makes a browsable finished run and a scenario", async ({ page }) => {
  await page.goto("/scenarios");
  await page.waitForLoadState("networkidle");
  await page.getByTestId("import-form").locator('input[type="file"]').setInputFiles(referenceReportPath);
  await page.getByTestId("import-submit").click();

  await expect(page).toHaveURL(/\/runs\/(?!new$)[\w-]+$/);
  await expect(page.getByTestId("run-status")).toHaveAttribute("data-status", "succeeded");
  expect(await metricsRows(page)).toEqual(referenceMetrics);
  await expect(page.getByTestId("transcript-message")).toHaveCount(6);
});

test("a malformed report is refused with its line number, and nothing is created", async ({ page }) => {
  await page.goto("/scenarios");
  await page.waitForLoadState("networkidle");
  const before = await page.getByTestId("scenario-row").count();
  await page
    .getByTestId("import-form")
    .locator('input[type="file"]')
    .setInputFiles({
      name: "broken.md",
      mimeType: "text/markdown",
      buffer: Buffer.from("# Simulation: broken\n\n**Turns:** many\n"),
    });
  await page.getByTestId("import-submit").click();
  await expect(page.getByTestId("file-error")).toContainText("line");
  await page.reload();
  await expect(page.getByTestId("scenario-row")).toHaveCount(before);
});
