import { existsSync } from "node:fs";
import { resolve } from "node:path";
import packageJson from "../../package.json";
import { listProviders } from "../ai/registry";
import { parseCommandLine } from "./arguments";
import { CliError, describeError } from "./cli-error";
import type { CliContext } from "./context";
import { helpText, providersText } from "./help";
import { importCommand } from "./import-command";
import { runCommand } from "./run-command";

async function dispatch(argv: string[], context: CliContext): Promise<number> {
  const command = parseCommandLine(argv);
  switch (command.name) {
    case "help":
      context.writeOut(helpText(command.topic));
      return 0;
    case "version":
      context.writeOut(`parley ${packageJson.version}\n`);
      return 0;
    case "providers":
      context.writeOut(providersText(listProviders(context.env)));
      return 0;
    case "run":
      return runCommand(command, context);
    case "import":
      return importCommand(command, context);
  }
}

function loadDotEnv(cwd: string): void {
  const path = resolve(cwd, ".env");
  if (!existsSync(path)) return;
  try {
    process.loadEnvFile(path); // never overrides variables already set
  } catch (error) {
    throw new CliError(`cannot read .env: ${(error as Error).message.split("\n")[0]}`);
  }
}

/** `parley run … | head` closes stdout before the report is out: end quietly, as other command-line tools do. */
function ignoreClosedStdout(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") return;
    process.stderr.write(`parley: cannot write the output: ${error.message}\n`);
    process.exitCode = 1;
  });
}

/** The CLI: the only code of Parley's that reads the process's arguments, environment and streams. */
export async function main(argv: string[]): Promise<number> {
  const debug = Boolean(process.env.PARLEY_DEBUG);
  ignoreClosedStdout();
  const abort = new AbortController();
  const onInterrupt = () => abort.abort();
  process.once("SIGINT", onInterrupt);
  const context: CliContext = {
    cwd: process.cwd(),
    env: process.env,
    writeOut: (text) => process.stdout.write(text),
    writeErr: (line) => process.stderr.write(`${line}\n`),
    signal: abort.signal,
  };
  try {
    loadDotEnv(context.cwd);
    return await dispatch(argv, context);
  } catch (error) {
    context.writeErr(`parley: ${describeError(error, debug)}`);
    return 1;
  } finally {
    process.off("SIGINT", onInterrupt);
  }
}
