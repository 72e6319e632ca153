import { describe, expect, it } from "vitest";
import type { Scenario } from "../../sim/scenario";
import { exampleScenario } from "../../sim/testing/reference";
import type { RunStatus } from "../../sim/types";
import { getPrisma } from "../client";
import { setupTestDatabase } from "../test-database";
import {
  createRun,
  getRunDetail,
  isCancelRequested,
  listRunScenarioNames,
  listRuns,
  markRunCancelled,
  markRunFailed,
  requestCancel,
} from "./runs";
import { createScenario, deleteScenario } from "./scenarios";

setupTestDatabase();

const scenarioNamed = (name: string, changes: Partial<Scenario> = {}): Scenario => ({
  ...exampleScenario(),
  name,
  ...changes,
});

interface Seed {
  name: string;
  status: RunStatus;
  budget: number;
  tokens: number;
  durationMs: number | null;
  startedMinutesAgo: number | null;
}

const seeds: Seed[] = [
  { name: "alpha", status: "succeeded", budget: 4000, tokens: 900, durationMs: 5000, startedMinutesAgo: 50 },
  { name: "beta", status: "failed", budget: 1000, tokens: 120, durationMs: 700, startedMinutesAgo: 40 },
  { name: "alpha", status: "running", budget: 2000, tokens: 300, durationMs: null, startedMinutesAgo: 5 },
  { name: "gamma", status: "queued", budget: 8000, tokens: 0, durationMs: null, startedMinutesAgo: null },
  { name: "beta", status: "succeeded", budget: 3000, tokens: 2500, durationMs: 9000, startedMinutesAgo: 30 },
];

async function seedRuns(): Promise<string[]> {
  const ids: string[] = [];
  for (const seed of seeds) {
    const { id } = await createRun({ scenario: scenarioNamed(seed.name, { budget: seed.budget }) });
    const startedAt =
      seed.startedMinutesAgo === null ? null : new Date(Date.now() - seed.startedMinutesAgo * 60_000);
    await getPrisma().run.update({
      where: { id },
      data: { status: seed.status, totalTokens: seed.tokens, durationMs: seed.durationMs, startedAt },
    });
    ids.push(id);
  }
  return ids;
}

describe("runs", () => {
  it("creates a queued run with an unguessable id and a snapshot of its scenario", async () => {
    const scenario = scenarioNamed("snapshot");
    const first = await createRun({ scenario });
    const second = await createRun({ scenario });
    expect(first.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(first.id).not.toBe(second.id);

    const detail = await getRunDetail({ id: first.id });
    expect(detail).toMatchObject({
      status: "queued",
      scenarioName: "snapshot",
      turnsDone: 0,
      turnsTotal: scenario.turns,
      agentModel: scenario.agent.model,
      humanModel: scenario.human.model,
      budget: scenario.budget,
      startedAt: null,
      durationMs: null,
      scenario,
    });
    expect(detail?.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(detail?.result.messages).toEqual([]);
  });

  it("remembers the library scenario a run was launched from until that scenario is deleted", async () => {
    const scenario = scenarioNamed("linked");
    const { id: scenarioId } = await createScenario({ definition: scenario });
    const { id } = await createRun({ scenario, scenarioId });
    const { id: unlinked } = await createRun({ scenario });
    expect((await getRunDetail({ id }))?.scenarioId).toBe(scenarioId);
    expect((await getRunDetail({ id: unlinked }))?.scenarioId).toBeNull();

    await deleteScenario({ id: scenarioId });
    expect(await getRunDetail({ id })).toMatchObject({ scenarioId: null, scenarioName: "linked", scenario });
  });

  it("lists runs sorted by any column, filtered by scenario and status, one page at a time", async () => {
    await getPrisma().run.deleteMany();
    const ids = await seedRuns();
    const order = (rows: { id: string }[]) => rows.map((row) => ids.indexOf(row.id));
    const list = (sort: Parameters<typeof listRuns>[0]["sort"], extra = {}) =>
      listRuns({ page: 1, pageSize: 10, sort, ...extra });

    // Newest first; the queued run has not started, so it counts as the newest.
    expect(order((await list({ column: "startedAt", direction: "desc" })).rows)).toEqual([3, 2, 4, 1, 0]);
    expect(order((await list({ column: "startedAt", direction: "asc" })).rows)).toEqual([0, 1, 4, 2, 3]);
    expect(order((await list({ column: "budget", direction: "asc" })).rows)).toEqual([1, 2, 4, 0, 3]);
    expect(order((await list({ column: "tokens", direction: "desc" })).rows)).toEqual([4, 0, 2, 1, 3]);
    // Unfinished runs have no duration yet: they go last either way.
    expect(order((await list({ column: "duration", direction: "asc" })).rows).slice(0, 3)).toEqual([1, 0, 4]);
    expect(order((await list({ column: "duration", direction: "desc" })).rows).slice(0, 3)).toEqual([
      4, 0, 1,
    ]);
    const byScenario = (await list({ column: "scenario", direction: "asc" })).rows.map(
      (row) => row.scenarioName,
    );
    expect(byScenario).toEqual(["alpha", "alpha", "beta", "beta", "gamma"]);

    const alpha = await list({ column: "startedAt", direction: "desc" }, { scenario: "alpha" });
    expect(alpha.total).toBe(2);
    expect(order(alpha.rows)).toEqual([2, 0]);
    const succeeded = await list({ column: "budget", direction: "desc" }, { status: "succeeded" });
    expect(order(succeeded.rows)).toEqual([0, 4]);
    const none = await list(
      { column: "budget", direction: "desc" },
      { status: "cancelled", scenario: "alpha" },
    );
    expect(none).toEqual({ rows: [], total: 0 });

    const pages = [1, 2, 3].map((page) =>
      listRuns({ page, pageSize: 2, sort: { column: "budget", direction: "asc" } }),
    );
    const [first, second, third] = await Promise.all(pages);
    expect([first.total, second.total, third.total]).toEqual([5, 5, 5]);
    expect([...order(first.rows), ...order(second.rows), ...order(third.rows)]).toEqual([1, 2, 4, 0, 3]);

    expect(first.rows[0]).toEqual({
      id: ids[1],
      scenarioName: "beta",
      status: "failed",
      turnsDone: 0,
      turnsTotal: exampleScenario().turns,
      agentModel: "scripted",
      humanModel: "scripted",
      budget: 1000,
      totalTokens: 120,
      durationMs: 700,
      startedAt: expect.any(Date),
      createdAt: expect.any(Date),
    });
    expect(await listRunScenarioNames()).toEqual(["alpha", "beta", "gamma"]);
  });

  it("cancels a queued run at once, so it does not wait for a worker", async () => {
    const { id } = await createRun({ scenario: scenarioNamed("cancel-me") });
    expect(await isCancelRequested({ id })).toBe(false);
    expect(await requestCancel({ id })).toBe("cancelled");
    expect(await getRunDetail({ id })).toMatchObject({
      status: "cancelled",
      error: null,
      startedAt: null,
      durationMs: null,
      finishedAt: expect.any(Date),
      result: { status: "cancelled" },
    });
    // A worker that took the job just before still finds the flag and stops.
    expect(await isCancelRequested({ id })).toBe(true);
    expect(await requestCancel({ id })).toBeNull();
  });

  it("flags a running run for the worker to stop, and leaves finished runs alone", async () => {
    const { id } = await createRun({ scenario: scenarioNamed("stop-me") });
    await getPrisma().run.update({ where: { id }, data: { status: "running", startedAt: new Date() } });
    expect(await requestCancel({ id })).toBe("stopping");
    expect(await isCancelRequested({ id })).toBe(true);
    expect(await getRunDetail({ id })).toMatchObject({ status: "running", finishedAt: null });

    await markRunCancelled({ id });
    expect((await getRunDetail({ id }))?.status).toBe("cancelled");
    const { id: finished } = await createRun({ scenario: scenarioNamed("done") });
    await getPrisma().run.update({ where: { id: finished }, data: { status: "succeeded" } });
    expect(await requestCancel({ id: finished })).toBeNull();
    expect(await isCancelRequested({ id: finished })).toBe(false);
    expect(await requestCancel({ id: "no-such-run" })).toBeNull();
  });

  it("marks a run failed with its reason and how long it had been running", async () => {
    const { id } = await createRun({ scenario: scenarioNamed("no-key") });
    await markRunFailed({ id, error: "Set OPENAI_API_KEY to use openai:gpt-4o" });
    expect(await getRunDetail({ id })).toMatchObject({
      status: "failed",
      error: "Set OPENAI_API_KEY to use openai:gpt-4o",
      durationMs: null,
      finishedAt: expect.any(Date),
      result: { status: "failed", error: "Set OPENAI_API_KEY to use openai:gpt-4o" },
    });

    const { id: interrupted } = await createRun({ scenario: scenarioNamed("interrupted") });
    const startedAt = new Date(Date.now() - 60_000);
    await getPrisma().run.update({ where: { id: interrupted }, data: { status: "running", startedAt } });
    await markRunFailed({ id: interrupted, error: "worker stopped" });
    const detail = await getRunDetail({ id: interrupted });
    expect(detail?.durationMs).toBeGreaterThanOrEqual(60_000);
    expect(detail?.durationMs).toBeLessThan(120_000);
  });
});
