import { expect, type Page, test } from "@playwright/test";

async function runsCount(page: Page): Promise<string> {
  await page.goto("/");
  return (await page.getByTestId("runs-count").textContent()) ?? "";
}

test("a bad form input shows its error beside the field and creates no run", async ({ page }) => {
  const before = await runsCount(page);
  await page.goto("/runs/new");
  await page.waitForLoadState("networkidle");
  await page.locator("#turns").fill("0");
  await page.getByTestId("launch-run").click();
  await expect(page.locator("#turns-error")).not.toBeEmpty();
  await expect(page.locator("#turns")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/runs\/new$/);
  expect(await runsCount(page)).toBe(before);
});

test("an unknown run id shows the 404 page", async ({ page }) => {
  const response = await page.goto("/runs/AAAAAAAAAAAAAAAAAAAAAA");
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toBeVisible();
  await expect(page.getByRole("link", { name: /runs/i }).first()).toBeVisible();
});

test("the API refuses an invalid scenario with its zod issues", async ({ request }) => {
  const response = await request.post("/api/runs", { data: { name: "x", turns: 0 } });
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(JSON.stringify(body)).toContain("turns");
});
