import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JsonReport } from "../sim/report-json";
import { repoRoot, runCli } from "./testing/spawn-cli";

const referencePath = join(repoRoot, "examples/basic-conversation.report.md");
let workDir: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), "parley-cli-"));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** The data rows of a markdown report's Context Assembly Metrics table, as cell lists. */
function metricsRows(report: string): string[][] {
  const lines = report.split("\n");
  const start = lines.indexOf("## Context Assembly Metrics");
  const end = lines.indexOf("---", start);
  return lines
    .slice(start, end)
    .filter((line) => /^\| \d/.test(line))
    .map((line) =>
      line
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );
}

function section(report: string, heading: string): string {
  const start = report.indexOf(heading);
  const next = report.indexOf("\n## ", start + heading.length);
  return report.slice(start, next === -1 ? undefined : next).trim();
}

describe("parley run on the shipped example", () => {
  it("prints the reference report's metrics, with the Side column, and one progress line per turn", async () => {
    const { code, stdout, stderr } = await runCli(["run", "examples/basic-conversation.json"]);
    expect(code).toBe(0);
    const reference = await readFile(referencePath, "utf8");
    // The reference numbers each turn's agent row first, then the human row; the Side column names them.
    const expected = metricsRows(reference).map(([turn, ...rest], index) => [
      turn,
      index % 2 === 0 ? "agent" : "human",
      ...rest,
    ]);
    expect(expected).toHaveLength(5);
    expect(metricsRows(stdout)).toEqual(expected);
    expect(stdout).toContain("| Turn | Side | Included | Filtered | Tokens Used | Available |");
    expect(section(stdout, "## LLM Artifacts")).toBe(section(reference, "## LLM Artifacts"));
    expect(section(stdout, "## Human Artifacts")).toBe(section(reference, "## Human Artifacts"));
    expect(stdout).toMatch(/\*\*Session ID:\*\* [0-9a-f-]{36}\n/);

    const progress = stderr.trim().split("\n");
    expect(progress).toHaveLength(4);
    expect(progress[0]).toMatch(
      /^turn 0 \(1\/3\): human opener; agent 1066\/4000 tokens, 0 filtered; \d+ ms$/,
    );
    expect(progress[2]).toContain("human 2546/4000 tokens");
    expect(progress[3]).toMatch(/^done: 3 of 3 turns in/);
  });

  it("writes a JSON report to --out, inferring the format from the extension", async () => {
    const out = join(workDir, "reports", "basic.json");
    const { code, stdout, stderr } = await runCli([
      "run",
      "examples/basic-conversation.json",
      "--out",
      out,
      "-q",
    ]);
    expect([code, stdout, stderr]).toEqual([0, "", ""]);
    const report = JSON.parse(await readFile(out, "utf8")) as JsonReport;
    expect(report.status).toBe("succeeded");
    expect(report.turns).toBe(3);
    expect(report.messages.map((message) => message.role)).toEqual([
      "human",
      "agent",
      "human",
      "agent",
      "human",
      "agent",
    ]);
    expect(report.assemblies.map((assembly) => [assembly.side, assembly.tokensUsed])).toEqual([
      ["agent", 1066],
      ["human", 1431],
      ["agent", 1615],
      ["human", 2546],
      ["agent", 2774],
    ]);
  });

  it("re-assembles under a smaller budget given on the command line", async () => {
    const { code, stdout } = await runCli([
      "run",
      "examples/basic-conversation.json",
      "--budget",
      "2000",
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as JsonReport;
    expect(report.scenario.budget).toBe(2000);
    const last = report.assemblies.at(-1);
    expect(last?.filtered).toBeGreaterThan(0);
    expect(last?.tokensUsed).toBeLessThanOrEqual(2000);
  });
});

describe("parley import", () => {
  it("turns a report into a scripted scenario that replays to the same metrics", async () => {
    const scenarioPath = join(workDir, "imported.json");
    const imported = await runCli(["import", referencePath, "--out", scenarioPath, "--name", "replayed"]);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toContain(`scenario "replayed": 3 turns, budget 4000, tokenizer estimate`);
    const scenario = JSON.parse(await readFile(scenarioPath, "utf8"));
    expect([scenario.agent.model, scenario.human.model]).toEqual(["scripted", "scripted"]);
    expect(scenario.agent.script).toHaveLength(3);

    const replay = await runCli(["run", scenarioPath, "-q"]);
    expect(replay.code).toBe(0);
    const reference = await readFile(referencePath, "utf8");
    expect(metricsRows(replay.stdout).map(([turn, , ...rest]) => [turn, ...rest])).toEqual(
      metricsRows(reference),
    );
  });
});

describe("npx parley", () => {
  it("resolves the project's own bin right after npm install, under Node 24", async () => {
    const { stdout } = await promisify(execFile)("npx", ["parley", "--version"], { cwd: repoRoot });
    const { version } = JSON.parse(await readFile(join(repoRoot, "package.json"), "utf8"));
    expect(stdout).toBe(`parley ${version}\n`);
    const help = await promisify(execFile)("npx", ["parley", "help", "run"], { cwd: repoRoot });
    expect(help.stdout).toContain("Usage: parley run FILE [options]");
  });
});
