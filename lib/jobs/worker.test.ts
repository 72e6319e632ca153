import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ChatCompletionsServer,
  startChatCompletionsServer,
} from "../ai/testing/chat-completions-server";
import { createRun, getRunDetail, requestCancel } from "../db/queries/runs";
import { setupTestDatabase } from "../db/test-database";
import type { Scenario } from "../sim/scenario";
import { exampleScenario, metricRows, referenceMetrics } from "../sim/testing/reference";
import { executeRun } from "./execute-run";
import { enqueueRun, stopQueue } from "./queue";
import { waitForRun } from "./testing/wait-for-run";
import { type RunWorker, startWorker } from "./worker";

setupTestDatabase();

/** Both sides on the local chat-completions server, through the real OpenAI provider. */
function networkScenario(turns: number): Scenario {
  const example = exampleScenario();
  return {
    ...example,
    name: "over the network",
    turns,
    budget: 100_000,
    agent: { model: "openai:test-agent", system: "You answer." },
    human: { model: "openai:test-human", system: "You ask.", opener: "Hello?" },
  };
}

async function launch(scenario: Scenario): Promise<string> {
  const { id } = await createRun({ scenario });
  await enqueueRun({ runId: id });
  return id;
}

let server: ChatCompletionsServer;
let worker: RunWorker;
const cancelAtRequest = new Map<number, () => void>();

beforeAll(async () => {
  server = await startChatCompletionsServer((request, index) => {
    cancelAtRequest.get(index)?.();
    return { text: `reply ${index} to ${request.body.model}` };
  });
  worker = await startWorker({
    concurrency: 4,
    env: { OPENAI_API_KEY: "test-key", OPENAI_BASE_URL: server.baseUrl },
  });
});

afterAll(async () => {
  await worker?.stop();
  await stopQueue();
  await server?.close();
});

describe("the run worker", () => {
  it("runs a queued scripted run to the end with every turn persisted", async () => {
    const scenario = exampleScenario();
    const id = await launch(scenario);

    expect(await waitForRun(id)).toMatchObject({ status: "succeeded", turnsDone: 3 });
    const run = await getRunDetail({ id });
    expect(run?.error).toBeNull();
    expect(run?.result.messages.map((message) => message.content)).toEqual([
      scenario.human.opener,
      scenario.agent.script?.[0],
      scenario.human.script?.[0],
      scenario.agent.script?.[1],
      scenario.human.script?.[1],
      scenario.agent.script?.[2],
    ]);
    expect(metricRows(run?.result.assemblies ?? [])).toEqual(referenceMetrics);
    expect(run?.totalTokens).toBeGreaterThan(0);
  });

  it("runs a model over HTTP with the worker's keys, which never reach the run's record", async () => {
    const id = await launch(networkScenario(2));
    expect(await waitForRun(id)).toMatchObject({ status: "succeeded", turnsDone: 2 });
    const run = await getRunDetail({ id });
    expect(run?.result.messages).toHaveLength(4);
    expect(run?.result.messages[1]).toMatchObject({ role: "agent", model: "openai:test-agent" });
    expect(JSON.stringify(run)).not.toContain("test-key");
  });

  it("stops a cancelled run between model calls and keeps the turns before it", async () => {
    const turns = 400;
    const { id } = await createRun({ scenario: networkScenario(turns) });
    const firstRequest = server.requests.length;
    cancelAtRequest.set(firstRequest + 6, () => void requestCancel({ id }));
    await enqueueRun({ runId: id });

    const progress = await waitForRun(id);
    expect(progress.status).toBe("cancelled");
    expect(progress.turnsDone).toBeGreaterThanOrEqual(3);
    expect(progress.turnsDone).toBeLessThan(turns);
    const run = await getRunDetail({ id });
    const agentTurns = run?.result.messages.filter((message) => message.role === "agent").map((m) => m.turn);
    expect(agentTurns?.slice(0, progress.turnsDone)).toEqual([...Array(progress.turnsDone).keys()]);
    // Nothing more was asked of the model once the run stopped.
    const requestsWhenStopped = server.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.requests.length).toBe(requestsWhenStopped);
  });

  it("cancels a run that is still queued at once; its job then leaves it as it is", async () => {
    const { id } = await createRun({ scenario: exampleScenario() });
    expect(await requestCancel({ id })).toBe("cancelled");
    const cancelled = await getRunDetail({ id });
    expect(cancelled).toMatchObject({ status: "cancelled", startedAt: null, finishedAt: expect.any(Date) });

    await executeRun({ runId: id, env: {} }); // what a worker does with the run's job
    const run = await getRunDetail({ id });
    expect(run).toMatchObject({ status: "cancelled", turnsDone: 0, startedAt: null });
    expect(run?.finishedAt).toEqual(cancelled?.finishedAt);
    expect(run?.result.messages).toEqual([]);
  });

  it("fails a run whose provider key is missing, naming the variable", async () => {
    const example = exampleScenario();
    const id = await launch({ ...example, agent: { ...example.agent, model: "anthropic:claude-test" } });
    expect(await waitForRun(id)).toMatchObject({ status: "failed", turnsDone: 0 });
    const run = await getRunDetail({ id });
    expect(run?.error).toContain("ANTHROPIC_API_KEY");
  });

  // How fast a backlog drains is measured by `npm run bench` (scripts/bench-queue.ts), not asserted here.
  it("works through a backlog of short runs", async () => {
    const scenario = { ...exampleScenario(), turns: 1 };
    const ids: string[] = [];
    for (let index = 0; index < 24; index++) ids.push((await createRun({ scenario })).id);
    for (const id of ids) await enqueueRun({ runId: id });
    for (const id of ids) expect((await waitForRun(id)).status).toBe("succeeded");
  });
});

describe("stopping a worker", () => {
  it("ends the run in flight as failed with a message saying why, keeping its turns", async () => {
    const own = await startWorker({
      concurrency: 1,
      env: { OPENAI_API_KEY: "test-key", OPENAI_BASE_URL: server.baseUrl },
    });
    await worker.stop(); // so that only `own` takes the job
    const id = await launch(networkScenario(2_000));
    await waitForRun(id, { until: (progress) => progress.turnsDone >= 2 });
    await own.stop();

    const run = await getRunDetail({ id });
    expect(run?.status).toBe("failed");
    expect(run?.error).toMatch(/stopped while this run was in progress/);
    expect(run?.turnsDone).toBeGreaterThanOrEqual(2);
    expect(run?.result.messages.length).toBeGreaterThanOrEqual(4);
  });
});
