import { MissingKeyError, ModelIdError } from "../ai/registry";
import { ReportParseError } from "../sim/import-report";
import { ScenarioError } from "../sim/scenario";

/** Bad input to the CLI: printed as one line, exit code 1, no stack. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

const knownErrors = [CliError, ScenarioError, MissingKeyError, ModelIdError, ReportParseError];

/** The one line a user sees for an error; stacks only for bugs, and only when PARLEY_DEBUG is set. */
export function describeError(error: unknown, debug: boolean): string {
  if (knownErrors.some((kind) => error instanceof kind)) return (error as Error).message;
  if (error instanceof Error) {
    if (debug && error.stack) return error.stack;
    return `unexpected error: ${error.message.split("\n")[0]} (set PARLEY_DEBUG=1 for details)`;
  }
  return `unexpected error: ${String(error)}`;
}

interface SystemError {
  code?: string;
}

/** "cannot read FILE: no such file" instead of Node's ENOENT message with a stack. */
export function fileError(action: "read" | "write", path: string, error: unknown): CliError {
  const code = (error as SystemError).code;
  const reasons: Record<string, string> = {
    ENOENT: action === "read" ? "no such file" : "no such directory",
    EISDIR: "it is a directory",
    EACCES: "permission denied",
    ENOTDIR: "a parent is not a directory",
  };
  const reason = (code && reasons[code]) ?? (error instanceof Error ? error.message : String(error));
  return new CliError(`cannot ${action} ${path}: ${reason}`);
}
