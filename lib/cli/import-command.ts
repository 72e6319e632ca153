import { parseMarkdownReport, ReportParseError, reportToScenario } from "../sim/import-report";
import type { Command } from "./arguments";
import { CliError } from "./cli-error";
import type { CliContext } from "./context";
import { readTextFile, writeTextFile } from "./files";

type ImportCommand = Extract<Command, { name: "import" }>;

export async function importCommand(command: ImportCommand, context: CliContext): Promise<number> {
  const text = await readTextFile(context.cwd, command.file);
  let report: ReturnType<typeof parseMarkdownReport>;
  try {
    report = parseMarkdownReport(text);
  } catch (error) {
    if (error instanceof ReportParseError) throw new CliError(`${command.file}: ${error.message}`);
    throw error;
  }
  const scenario = reportToScenario(report, {
    name: command.scenarioName,
    budget: command.budget,
    tokenizer: command.tokenizer,
    source: command.file,
  });
  const json = `${JSON.stringify(scenario, null, 2)}\n`;
  if (command.out) await writeTextFile(context.cwd, command.out, json);
  else context.writeOut(json);
  const where = command.out ? `written to ${command.out}` : "on stdout";
  context.writeErr(
    `scenario "${scenario.name}": ${scenario.turns} turns, budget ${scenario.budget}, tokenizer ${scenario.tokenizer}, ${where}`,
  );
  return 0;
}
