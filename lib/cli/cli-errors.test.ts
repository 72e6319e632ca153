import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startChatCompletionsServer, unreachableBaseUrl } from "../ai/testing/chat-completions-server";
import type { JsonReport } from "../sim/report-json";
import { type CliOutcome, repoRoot, runCli } from "./testing/spawn-cli";

const example = join(repoRoot, "examples/basic-conversation.json");
let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "parley-cli-errors-"));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function scenarioFile(name: string, scenario: unknown): Promise<string> {
  const path = join(workDir, name);
  await writeFile(path, typeof scenario === "string" ? scenario : JSON.stringify(scenario));
  return path;
}

function liveScenario(turns: number, agentModel: string) {
  return {
    name: "live",
    turns,
    budget: 4000,
    tokenizer: "estimate",
    agent: { model: agentModel, system: "You are a helpful assistant." },
    human: {
      model: "scripted",
      system: "You are a curious developer.",
      opener: "How do sessions work?",
      script: ["And expiry?", "And storage?", "And security?", "Thanks."],
    },
  };
}

function expectOneLineFailure(outcome: CliOutcome, ...fragments: string[]) {
  expect(outcome.code).toBe(1);
  expect(outcome.stdout).toBe("");
  const lines = outcome.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^parley: /);
  for (const fragment of fragments) expect(lines[0]).toContain(fragment);
}

describe("bad input exits 1 with one line and no report", () => {
  it("missing file", async () => {
    expectOneLineFailure(
      await runCli(["run", "no-such-scenario.json"], { cwd: workDir }),
      "cannot read no-such-scenario.json: no such file",
    );
  });

  it("unknown flag and unknown command", async () => {
    expectOneLineFailure(await runCli(["run", example, "--budjet", "10"]), "unknown option --budjet");
    expectOneLineFailure(await runCli(["replay", example]), 'unknown command "replay"');
  });

  it("flag values that are not numbers or known names", async () => {
    expectOneLineFailure(
      await runCli(["run", example, "--turns", "many"]),
      '--turns must be a whole number, got "many"',
    );
    expectOneLineFailure(
      await runCli(["run", example, "--tokenizer", "gpt2"]),
      "--tokenizer must be one of estimate",
    );
  });

  it("malformed scenario: names the file and the field", async () => {
    const path = await scenarioFile("bad.json", {
      ...liveScenario(2, "scripted"),
      budget: "lots",
      colour: "red",
    });
    const outcome = await runCli(["run", path]);
    expectOneLineFailure(outcome, path, "budget", "colour: unknown key");
    const broken = await scenarioFile("broken.json", '{ "name": "x", ');
    expectOneLineFailure(await runCli(["run", broken]), broken, "not valid JSON");
  });

  it("missing API key: names the variable, before any turn runs", async () => {
    const path = await scenarioFile("openai.json", liveScenario(2, "openai:gpt-4o-mini"));
    expectOneLineFailure(await runCli(["run", path], { cwd: workDir }), "OPENAI_API_KEY is not set");
  });

  it("budget below the system prompt", async () => {
    expectOneLineFailure(
      await runCli(["run", example, "--budget", "100"]),
      `${example} (with --budget 100): agent.system`,
      "more than the budget of 100",
    );
  });

  it("more turns than the script holds", async () => {
    expectOneLineFailure(
      await runCli(["run", example, "--turns", "5"]),
      "agent.script: has 3 replies, but 5 turns need 5 from the agent (at most 3 turns)",
    );
  });

  it("a report that is not in the report format: names the line", async () => {
    const path = await scenarioFile("notes.md", "# Simulation: notes\n\nsome notes\n");
    expectOneLineFailure(await runCli(["import", path]), `${path}: line 3`);
  });

  it("a report that makes no valid scenario: names the report's file, not just its title", async () => {
    const report = join(repoRoot, "examples/basic-conversation.report.md");
    expectOneLineFailure(await runCli(["import", report, "--name", ""]), `${report}: name: `);
  });
});

it("a reader that closes the pipe early (| head) ends the CLI quietly, without a stack trace", async () => {
  const outcome = await runCli(["run", example, "-q", "--format", "json"], { closeStdout: true });
  expect(outcome.stderr).toBe("");
  expect(outcome.code).toBe(0);
});

describe("a run whose endpoint fails midway", () => {
  it("keeps the turns before the HTTP 500, writes the report marked failed, and exits 1", async () => {
    const server = await startChatCompletionsServer((_request, index) =>
      index < 2 ? { text: `Agent reply ${index}.` } : { status: 500, message: "model overloaded" },
    );
    try {
      const path = await scenarioFile("live.json", liveScenario(4, "openai-compatible:test-model"));
      const outcome = await runCli(["run", path, "--format", "json"], {
        env: { OPENAI_COMPATIBLE_BASE_URL: server.baseUrl },
      });
      expect(outcome.code).toBe(1);
      const report = JSON.parse(outcome.stdout) as JsonReport;
      expect(report.status).toBe("failed");
      expect(report.turns).toBe(2);
      expect(report.messages.filter((m) => m.role === "agent").map((m) => m.content)).toEqual([
        "Agent reply 0.",
        "Agent reply 1.",
      ]);
      expect(report.error).toContain("HTTP 500");
      const lines = outcome.stderr.trim().split("\n");
      expect(lines).toHaveLength(3);
      expect(lines[2]).toMatch(/^run failed after 2 of 4 turns: .*HTTP 500 from .*model overloaded/);
      expect(server.requests).toHaveLength(3);
    } finally {
      await server.close();
    }
  });

  it("reports an endpoint that is not there as unreachable, with the markdown report marked failed", async () => {
    const path = await scenarioFile("down.json", liveScenario(2, "ollama:llama3.2"));
    const baseUrl = await unreachableBaseUrl();
    const outcome = await runCli(["run", path], { env: { OLLAMA_BASE_URL: baseUrl } });
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain("**Status:** failed");
    expect(outcome.stdout).toContain("How do sessions work?");
    expect(outcome.stderr).toContain(`could not reach ${baseUrl}/chat/completions (ECONNREFUSED)`);
  });
});
