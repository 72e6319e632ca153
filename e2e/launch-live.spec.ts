import { expect, test } from "@playwright/test";

test("launching the example against a model endpoint shows its turns arrive live, then a shareable link", async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/runs/new");
  const form = page.getByTestId("launch-form");
  await expect(form).toBeVisible();
  const example = page.locator("#scenarioId option", { hasText: "basic-conversation" }).first();
  await page.locator("#scenarioId").selectOption((await example.getAttribute("value")) ?? "");
  await page.locator("#agentProvider").selectOption("openai-compatible");
  await page.locator("#agentModelId").fill("agent-under-test");
  await page.locator("#humanProvider").selectOption("openai-compatible");
  await page.locator("#humanModelId").fill("persona-model");
  await page.locator("#turns").fill("3");
  await page.getByTestId("launch-run").click();

  await expect(page).toHaveURL(/\/runs\/(?!new$)[\w-]+$/);
  const runUrl = page.url();
  // Each model call takes 0.7 s: the page must show the run in progress, then more messages without a reload.
  await expect(page.getByTestId("run-status")).toHaveAttribute("data-status", /queued|running/);
  await expect(page.getByTestId("transcript-message").nth(1)).toBeVisible();
  const seenWhileRunning = await page.getByTestId("transcript-message").count();
  await expect(page.getByTestId("run-status")).toHaveAttribute("data-status", "succeeded", {
    timeout: 30_000,
  });
  await expect(page.getByTestId("transcript-message")).toHaveCount(6);
  expect(seenWhileRunning).toBeLessThan(6);
  expect(page.url()).toBe(runUrl);

  await expect(page.getByTestId("transcript-message").nth(1)).toContainText("from agent-under-test");
  await expect(page.getByTestId("transcript-message").nth(2)).toContainText("from persona-model");
  await expect(page.getByTestId("metrics-table").locator("tbody tr")).toHaveCount(5);
  await expect(page.getByTestId("budget-chart")).toHaveAttribute("data-points", "5");

  await page.getByTestId("copy-link").click();
  await expect(page.getByTestId("copy-link")).toHaveText("Link copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(runUrl);

  const sessionId = await page.getByTestId("run-session-id").textContent();
  const teammate = await browser.newContext();
  const shared = await teammate.newPage();
  await shared.goto(copied);
  await expect(shared.getByTestId("run-session-id")).toHaveText(sessionId ?? "");
  await expect(shared.getByTestId("transcript-message")).toHaveCount(6);
  await teammate.close();
});
