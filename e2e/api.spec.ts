import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

test("POST /api/runs launches a scenario; its page and reports follow", async ({ request, page }) => {
  const scenario = JSON.parse(readFileSync("examples/basic-conversation.json", "utf8"));
  const launched = await request.post("/api/runs", {
    data: { ...scenario, name: "api-launched", budget: 2000 },
  });
  expect(launched.status()).toBe(201);
  const { id, url } = (await launched.json()) as { id: string; url: string };
  expect(url).toContain(`/runs/${id}`);

  await expect
    .poll(async () => ((await (await request.get(`/api/runs/${id}`)).json()) as { status: string }).status)
    .toBe("succeeded");
  const report = await (await request.get(`/api/runs/${id}/report?format=json`)).json();
  // Under 2,000 tokens the agent's 1,048-token system prompt leaves room for fewer artifacts: older ones are filtered.
  expect(report.assemblies.at(-1)).toMatchObject({ side: "agent", included: 1, filtered: 4 });

  await page.goto(`/runs/${id}`);
  await expect(page.getByTestId("run-scenario")).toHaveText("api-launched");
  const lastRow = page.getByTestId("metrics-table").locator("tbody tr").last();
  await expect(lastRow.locator("td").nth(4)).toHaveText("4"); // Filtered

  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect((await health.json()).ok).toBe(true);
});
