import { createModelsForScenario } from "../ai/registry";
import type { SimResult } from "../sim/events";
import { toJsonReport } from "../sim/report-json";
import { renderMarkdownReport } from "../sim/report-markdown";
import { type RunSimulationOptions, runSimulation } from "../sim/run-simulation";
import { parseScenario, parseScenarioText, type Scenario, ScenarioError } from "../sim/scenario";
import type { Command, ReportFormat } from "./arguments";
import type { CliContext } from "./context";
import { readTextFile, writeTextFile } from "./files";
import { createProgressReporter } from "./progress";

type RunCommand = Extract<Command, { name: "run" }>;

function givenOverrides(command: RunCommand) {
  const overrides = { budget: command.budget, tokenizer: command.tokenizer, turns: command.turns };
  return Object.entries(overrides).filter(([, value]) => value !== undefined);
}

/** The file, and the flags that changed what it says: what an error about the scenario names. */
function describeSource(command: RunCommand): string {
  const given = givenOverrides(command);
  if (given.length === 0) return command.file;
  return `${command.file} (with ${given.map(([flag, value]) => `--${flag} ${value}`).join(" ")})`;
}

function applyOverrides(scenario: Scenario, command: RunCommand): Scenario {
  const given = givenOverrides(command);
  if (given.length === 0) return scenario;
  return parseScenario({ ...scenario, ...Object.fromEntries(given) }, describeSource(command));
}

/** Setup errors (a system prompt over the budget) name the scenario; here the file is what the user can fix. */
async function runFromFile(options: RunSimulationOptions, source: string): Promise<SimResult> {
  try {
    return await runSimulation(options);
  } catch (error) {
    if (error instanceof ScenarioError) throw new ScenarioError(source, error.issues);
    throw error;
  }
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
  const result = await runFromFile(
    {
      scenario,
      models,
      signal: context.signal,
      onEvent: command.quiet ? undefined : createProgressReporter(scenario.turns, context.writeErr),
    },
    describeSource(command),
  );

  const format = command.format ?? (command.out?.toLowerCase().endsWith(".json") ? "json" : "markdown");
  const report = renderReport(result, format);
  if (command.out) await writeTextFile(context.cwd, command.out, report);
  else context.writeOut(report);
  const destination = command.out ? `written to ${command.out}` : "on stdout";
  if (!command.quiet || result.status !== "succeeded") context.writeErr(summary(result, destination));
  if (result.status === "cancelled") return 130;
  return result.status === "succeeded" ? 0 : 1;
}
