import { expect, test } from "@playwright/test";
import { launchExampleOnModelServer } from "./fixtures/launch";

test("cancelling a running simulation stops it between model calls and keeps its turns", async ({ page }) => {
  await launchExampleOnModelServer(page, { agentModel: "slow-agent", humanModel: "slow-human", turns: 20 });

  await expect(page.getByTestId("transcript-message").nth(1)).toBeVisible();
  await page.getByTestId("cancel-run").click();
  await expect(page.getByTestId("run-status")).toHaveAttribute("data-status", "cancelled", {
    timeout: 20_000,
  });
  const kept = await page.getByTestId("transcript-message").count();
  expect(kept).toBeGreaterThanOrEqual(2);
  expect(kept).toBeLessThan(40);
  await expect(page.getByTestId("cancel-run")).toHaveCount(0);
  await expect(page.getByText(/^Cancelling/)).toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId("run-status")).toHaveAttribute("data-status", "cancelled");
  await expect(page.getByTestId("transcript-message")).toHaveCount(kept);
});
