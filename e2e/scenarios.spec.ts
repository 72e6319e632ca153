import { expect, test } from "@playwright/test";

test("a scenario is created from the template, edited into a new version and deleted", async ({ page }) => {
  await page.goto("/scenarios/new");
  await page.waitForLoadState("networkidle");
  await page.locator("#name").fill("e2e-sessions");
  await page.getByTestId("save-scenario").click();
  await expect(page).toHaveURL(/\/scenarios\/[\w-]+\?saved=1$/);
  await expect(page.getByRole("heading", { name: "e2e-sessions" })).toBeVisible();
  await expect(page.getByText(/Version 1/)).toBeVisible();

  // A field error names the field; nothing is saved.
  const definition = page.locator("#definition");
  const original = await definition.inputValue();
  await definition.fill(original.replace("turns: 3", "turns: 0"));
  await page.getByTestId("save-scenario").click();
  await expect(page.getByTestId("definition-issues")).toContainText("turns");
  await page.reload();
  await expect(page.getByText(/Version 1/)).toBeVisible();

  await definition.fill(original.replace("turns: 3", "turns: 2"));
  await page.getByTestId("save-scenario").click();
  await expect(page.getByText(/Version 2/)).toBeVisible();

  await page.goto("/scenarios");
  const row = page.getByTestId("scenario-row").filter({ hasText: "e2e-sessions" });
  await expect(row).toContainText("v2");
  page.once("dialog", (dialog) => dialog.accept());
  await row.getByTestId("delete-scenario").click();
  await expect(page.getByTestId("scenario-row").filter({ hasText: "e2e-sessions" })).toHaveCount(0);
});
