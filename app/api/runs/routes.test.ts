import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createRun, isCancelRequested, listRuns } from "@/lib/db/queries/runs";
import { setupTestDatabase } from "@/lib/db/test-database";
import { stopQueue } from "@/lib/jobs/queue";
import { waitForRun } from "@/lib/jobs/testing/wait-for-run";
import { type RunWorker, startWorker } from "@/lib/jobs/worker";
import { exampleScenario, readExample } from "@/lib/sim/testing/reference";
import { POST as cancelRun } from "./[id]/cancel/route";
import { GET as getProgress } from "./[id]/progress/route";
import { GET as getReport } from "./[id]/report/route";
import { GET as getRun } from "./[id]/route";
import { POST as launchRun } from "./route";

setupTestDatabase();

const origin = "http://parley.test";
const context = (id: string) => ({ params: Promise.resolve({ id }) });
const post = (body: string) =>
  new Request(`${origin}/api/runs`, {
    method: "POST",
    body,
    headers: { "content-type": "application/json" },
  });
const countRuns = async () =>
  (await listRuns({ page: 1, pageSize: 1, sort: { column: "startedAt", direction: "desc" } })).total;

let worker: RunWorker;
beforeAll(async () => {
  worker = await startWorker({ concurrency: 2, env: {} });
});
afterAll(async () => {
  await worker?.stop();
  await stopQueue();
});

describe("POST /api/runs", () => {
  it("launches the scenario in the body and answers with the run's id and page", async () => {
    const response = await launchRun(post(readExample("basic-conversation.json")));
    expect(response.status).toBe(201);
    const { id, url } = await response.json();
    expect(url).toBe(`${origin}/runs/${id}`);
    expect(response.headers.get("location")).toBe(url);

    expect((await waitForRun(id)).status).toBe("succeeded");
    const run = await (await getRun(new Request(`${origin}/api/runs/${id}`), context(id))).json();
    expect(run).toMatchObject({ id, url, status: "succeeded", turnsDone: 3, turnsTotal: 3 });
    expect(run.report.messages).toHaveLength(6);
    expect(run.report.assemblies[4]).toMatchObject({ turn: 2, side: "agent", tokensUsed: 2774 });
  });

  it("answers 400 with the zod issues for an invalid scenario, and creates nothing", async () => {
    const before = await countRuns();
    const { agent: _agent, ...withoutAgent } = exampleScenario();
    const response = await launchRun(post(JSON.stringify({ ...withoutAgent, turns: 0 })));
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe("invalid scenario");
    const paths = body.issues.map((issue: { path: string[] }) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["turns", "agent"]));
    expect(await countRuns()).toBe(before);
  });

  it("answers 400 for a body that is not JSON", async () => {
    const response = await launchRun(post("turns: 3"));
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/not valid JSON/);
  });

  it("answers 400 naming the variable when the server has no key for a model's provider", async () => {
    vi.stubEnv("OPENAI_API_KEY", "");
    const before = await countRuns();
    const scenario = { ...exampleScenario(), agent: { model: "openai:gpt-test", system: "You answer." } };
    const response = await launchRun(post(JSON.stringify(scenario)));
    vi.unstubAllEnvs();
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ variable: "OPENAI_API_KEY" });
    expect(await countRuns()).toBe(before);
  });
});

describe("GET /api/runs/{id}/report", () => {
  let id = "";
  beforeAll(async () => {
    const response = await launchRun(post(readExample("basic-conversation.json")));
    id = (await response.json()).id;
    await waitForRun(id);
  });
  const report = (query: string) =>
    getReport(new Request(`${origin}/api/runs/${id}/report${query}`), context(id));

  it("downloads the markdown report as a file named after the scenario", async () => {
    const response = await report("?format=md");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/markdown/);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="basic-conversation-${id.slice(0, 8)}.md"`,
    );
    const text = await response.text();
    expect(text.startsWith("# Simulation: basic-conversation\n")).toBe(true);
    expect(text).toContain("| 2 | agent | 5 | 0 | 2774 | 1226 |");
  });

  it("downloads the JSON report, and markdown when no format is given", async () => {
    const json = await report("?format=json");
    expect(json.headers.get("content-disposition")).toMatch(/\.json"$/);
    const body = await json.json();
    expect(body).toMatchObject({ status: "succeeded", turns: 3 });
    expect(body.scenario.name).toBe("basic-conversation");
    expect((await report("")).headers.get("content-type")).toMatch(/^text\/markdown/);
  });

  it("answers 400 for an unknown format", async () => {
    const response = await report("?format=pdf");
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/use md or json/);
  });
});

describe("unknown runs", () => {
  it("get a 404 with a JSON error from every run route", async () => {
    for (const id of ["no-such-run", "../etc/passwd"]) {
      const request = new Request(`${origin}/api/runs/x`);
      for (const handler of [getRun, getReport, getProgress, cancelRun]) {
        const response = await handler(request, context(id));
        expect(response.status).toBe(404);
        expect((await response.json()).error).toMatch(/not found/);
      }
    }
  });
});

describe("progress and cancel", () => {
  it("report a queued run's progress and take a cancel request", async () => {
    const { id } = await createRun({ scenario: exampleScenario() });
    const progress = await (await getProgress(new Request(origin), context(id))).json();
    expect(progress).toMatchObject({ status: "queued", turnsDone: 0, turnsTotal: 3, messageCount: 0 });
    const cancelled = await cancelRun(new Request(origin, { method: "POST" }), context(id));
    expect(cancelled.status).toBe(202);
    expect(await cancelled.json()).toMatchObject({ id, status: "cancelled" });
    expect(await isCancelRequested({ id })).toBe(true);
  });

  it("answer 409 to a cancel of a run that is already over, which stays as it was", async () => {
    const { id } = await createRun({ scenario: exampleScenario() });
    await cancelRun(new Request(origin, { method: "POST" }), context(id));
    const again = await cancelRun(new Request(origin, { method: "POST" }), context(id));
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({
      status: "cancelled",
      error: expect.stringMatching(/already over/),
    });
  });
});
