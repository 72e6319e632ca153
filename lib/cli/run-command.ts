import { createModelsForScenario } from "../ai/registry";
import type { SimResult } from "../sim/events";
import { toJsonReport } from "../sim/report-json";
import { renderMarkdownReport } from "../sim/report-markdown";
import { runSimulation } from "../sim/run-simulation";
import { parseScenario, parseScenarioText, type Scenario } from "../sim/scenario";
import type { Command, ReportFormat } from "./arguments";
import type { CliContext } from "./context";
import { readTextFile, writeTextFile } from "./files";
import { createProgressReporter } from "./progress";

type RunCommand = Extract<Command, { name: "run" }>;

function applyOverrides(scenario: Scenario, command: RunCommand): Scenario {
  const overrides = { budget: command.budget, tokenizer: command.tokenizer, turns: command.turns };
  const given = Object.entries(overrides).filter(([, value]) => value !== undefined);
  if (given.length === 0) return scenario;
  const source = `${command.file} (with ${given.map(([flag, value]) => `--${flag} ${value}`).join(" ")})`;
  return parseScenario({ ...scenario, ...Object.fromEntries(given) }, source);
}

function renderReport(result: SimResult, format: ReportFormat): string {
  return format === "json"
    ? `${JSON.stringify(toJsonReport(result), null, 2)}\n`
    : renderMarkdownReport(result);
}

function summary(result: SimResult, destination: string): string {
  const seconds = (result.durationMs / 1000).toFixed(1);
  const turns = `${result.turns} of ${result.scenario.turns} turns`;
  if (result.status === "succeeded") return `done: ${turns} in ${seconds}s, report ${destination}`;
  if (result.status === "cancelled") return `cancelled after ${turns}; partial report ${destination}`;
  return `run failed after ${turns}: ${result.error ?? "unknown error"} (partial report ${destination})`;
}

export async function runCommand(command: RunCommand, context: CliContext): Promise<number> {
  const text = await readTextFile(context.cwd, command.file);
  const scenario = applyOverrides(parseScenarioText(text, command.file), command);
  const models = createModelsForScenario(scenario, context.env);
  const result = await runSimulation({
    scenario,
    models,
    signal: context.signal,
    onEvent: command.quiet ? undefined : createProgressReporter(scenario.turns, context.writeErr),
  });

  const format = command.format ?? (command.out?.toLowerCase().endsWith(".json") ? "json" : "markdown");
  const report = renderReport(result, format);
  if (command.out) await writeTextFile(context.cwd, command.out, report);
  else context.writeOut(report);
  const destination = command.out ? `written to ${command.out}` : "on stdout";
  if (!command.quiet || result.status !== "succeeded") context.writeErr(summary(result, destination));
  if (result.status === "cancelled") return 130;
  return result.status === "succeeded" ? 0 : 1;
}
