import { parseArgs } from "node:util";
import type { TokenizerName } from "../sim/types";
import { CliError } from "./cli-error";

export type ReportFormat = "markdown" | "json";

export type Command =
  | { name: "help"; topic?: string }
  | { name: "version" }
  | { name: "providers" }
  | {
      name: "run";
      file: string;
      format?: ReportFormat;
      out?: string;
      budget?: number;
      tokenizer?: TokenizerName;
      turns?: number;
      quiet: boolean;
    }
  | {
      name: "import";
      file: string;
      out?: string;
      scenarioName?: string;
      budget?: number;
      tokenizer?: TokenizerName;
    };

const tokenizers: readonly TokenizerName[] = ["estimate", "o200k_base", "cl100k_base"];
const formats: readonly ReportFormat[] = ["markdown", "json"];

const options = {
  format: { type: "string" },
  out: { type: "string", short: "o" },
  budget: { type: "string" },
  tokenizer: { type: "string" },
  turns: { type: "string" },
  name: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

const allowedFlags: Record<string, string[]> = {
  run: ["format", "out", "budget", "tokenizer", "turns", "quiet"],
  import: ["out", "name", "budget", "tokenizer"],
  providers: [],
};

function wholeNumber(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new CliError(`--${flag} must be a whole number, got "${value}"`);
  return Number(value);
}

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CliError(`--${flag} must be one of ${allowed.join(", ")}, got "${value}"`);
  }
  return value as T;
}

function parseFlags(argv: string[]) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const flag = message.match(/'(-{1,2}[^' ]+)/)?.[1];
    const code = (error as { code?: string }).code;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
      throw new CliError(`unknown option ${flag} (see parley --help)`);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new CliError(`${flag} needs a value`);
    throw new CliError(message.split("\n")[0]);
  }
}

/** Parses the command line (without node and the script path) into a command, or throws a one-line CliError. */
export function parseCommandLine(argv: string[]): Command {
  const { values, positionals } = parseFlags(argv);
  const [name, ...rest] = positionals;
  if (values.version) return { name: "version" };
  if (values.help || name === undefined || name === "help")
    return { name: "help", topic: name === "help" ? rest[0] : name };
  if (!(name in allowedFlags))
    throw new CliError(`unknown command "${name}" (commands: run, import, providers)`);

  const given = Object.keys(values).filter((flag) => values[flag as keyof typeof values] !== undefined);
  const stray = given.find((flag) => !allowedFlags[name].includes(flag));
  if (stray) throw new CliError(`${name} does not take --${stray} (see parley ${name} --help)`);
  if (name === "providers") return { name: "providers" };

  const [file, extra] = rest;
  if (file === undefined) {
    throw new CliError(
      name === "run"
        ? "run needs a scenario file: parley run FILE"
        : "import needs a report: parley import REPORT.md",
    );
  }
  if (extra !== undefined) throw new CliError(`unexpected argument "${extra}" after ${file}`);
  const budget = wholeNumber("budget", values.budget);
  const tokenizer = oneOf("tokenizer", values.tokenizer, tokenizers);
  if (name === "import") return { name, file, out: values.out, scenarioName: values.name, budget, tokenizer };
  return {
    name: "run",
    file,
    format: oneOf("format", values.format, formats),
    out: values.out,
    budget,
    tokenizer,
    turns: wholeNumber("turns", values.turns),
    quiet: values.quiet === true,
  };
}
