import { expect, test } from "@playwright/test";
import { referenceAgentTokens, referenceMetrics } from "./fixtures/reference";
import { columnNumbers, metricsRows, openRun } from "./fixtures/run-page";

test("a new user finds the reference report as a finished run, with the report's numbers", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByTestId("run-row").first()).toBeVisible();
  await openRun(page, "basic-conversation");

  await expect(page.getByTestId("run-status")).toHaveAttribute("data-status", "succeeded");
  await expect(page.getByTestId("transcript-message")).toHaveCount(6);
  await expect(page.getByTestId("transcript-message").first()).toContainText(
    "I'm new to this project. Can you explain how the session artifacts work?",
  );
  expect(await metricsRows(page)).toEqual(referenceMetrics);
  // One stacked bar group per assembly: system, included and headroom segments.
  await expect(page.getByTestId("budget-chart")).toHaveAttribute("data-points", "5");
  expect(
    await page.getByTestId("budget-chart").locator(".recharts-bar-rectangle").count(),
  ).toBeGreaterThanOrEqual(10);

  await page.setViewportSize({ width: 1440, height: 1800 });
  await page.screenshot({ path: "docs/run-page.png", fullPage: false });
});

test("artifact tables sort by clicking a header and expand to the full content", async ({ page }) => {
  await openRun(page, "basic-conversation");
  const agent = page.getByTestId("agent-artifacts");
  expect(await columnNumbers(agent, "Tokens")).toEqual(referenceAgentTokens);

  const tokensHeader = agent.locator("thead").getByRole("button", { name: /Tokens/ });
  await tokensHeader.click();
  const firstOrder = await columnNumbers(agent, "Tokens");
  await tokensHeader.click();
  const secondOrder = await columnNumbers(agent, "Tokens");
  const ascending = [...referenceAgentTokens].sort((a, b) => a - b);
  expect([firstOrder, secondOrder]).toContainEqual(ascending);
  expect([firstOrder, secondOrder]).toContainEqual([...ascending].reverse());

  await agent.getByRole("button", { name: "Expand row" }).first().click();
  await expect(agent.getByTestId("artifact-content")).toBeVisible();
});

test("the metrics table sorts by tokens used", async ({ page }) => {
  await openRun(page, "basic-conversation");
  const table = page.getByTestId("metrics-table");
  await table
    .locator("thead")
    .getByRole("button", { name: /Tokens Used/ })
    .click();
  const used = async () => (await metricsRows(page)).map((row) => Number(row[4].replace(/,/g, "")));
  const once = await used();
  await table
    .locator("thead")
    .getByRole("button", { name: /Tokens Used/ })
    .click();
  const twice = await used();
  const sorted = [1066, 1431, 1615, 2546, 2774];
  expect([once, twice]).toContainEqual(sorted);
  expect([once, twice]).toContainEqual([...sorted].reverse());
});
