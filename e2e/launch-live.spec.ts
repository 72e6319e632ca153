import { expect, test } from "@playwright/test";
import { launchExampleOnModelServer } from "./fixtures/launch";

test("launching the example against a model endpoint shows its turns arrive live, then a shareable link", async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const runUrl = await launchExampleOnModelServer(page, {
    agentModel: "agent-under-test",
    humanModel: "persona-model",
    turns: 3,
  });
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
