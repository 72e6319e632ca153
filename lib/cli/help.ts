import type { ProviderInfo } from "../ai/registry";

const general = `parley: conversation simulations between an LLM agent and a simulated human, with what each
side's context window held, turn by turn.

Usage:
  parley run FILE [options]         run a scenario (JSON or YAML) and print its report
  parley import REPORT.md [options] turn a markdown report into a scripted scenario (JSON)
  parley providers                  list model providers and the variables they need
  parley help [COMMAND]             this help, or a command's

Try it offline:
  npx parley run examples/basic-conversation.json
`;

const run = `Usage: parley run FILE [options]

Runs the scenario in FILE (JSON or YAML). The report goes to stdout (or --out); progress goes to stderr,
one line per turn. A run that fails midway still writes its report, marked failed, and exits with 1.

Options:
  --format markdown|json  report format (default: markdown; json when --out ends in .json)
  --out, -o PATH          write the report to PATH instead of stdout
  --budget N              override the scenario's context budget (tokens, per side)
  --tokenizer NAME        override the tokenizer: estimate, o200k_base, cl100k_base
  --turns N               override the number of turns (1..10000)
  --quiet, -q             no progress lines

Model ids are "provider:model-id" or "scripted"; see \`parley providers\`. Variables come from the
environment, and from a .env file in the current directory when there is one.
`;

const importHelp = `Usage: parley import REPORT.md [options]

Reads a report in Parley's markdown format (or the old tool's, without the Side column) and writes a
scenario whose two sides are scripted with the report's messages, so the conversation can be replayed
under another budget or tokenizer. System prompts are placeholders sized to what the report implies.

Options:
  --out, -o PATH          write the scenario to PATH instead of stdout
  --name NAME             scenario name (default: the report's)
  --budget N              budget of the scenario (default: the one the report implies, else 4000)
  --tokenizer NAME        tokenizer of the scenario (default: estimate, as the old tool counted)
`;

export function helpText(topic?: string): string {
  if (topic === "run") return run;
  if (topic === "import") return importHelp;
  return general;
}

export function providersText(providers: ProviderInfo[]): string {
  const width = Math.max(...providers.map((provider) => provider.id.length));
  const lines = providers.map((provider) => {
    const mark = provider.configured ? "ready  " : "not set";
    return `  ${provider.id.padEnd(width)}  ${mark}  ${provider.label}: ${provider.detail}`;
  });
  return [
    "Model providers (model ids are provider:model-id, e.g. openai:gpt-4o-mini, ollama:llama3.2):",
    ...lines,
    "",
    "Optional: OPENAI_BASE_URL, ANTHROPIC_BASE_URL (other endpoints), OPENAI_COMPATIBLE_API_KEY (sent as a",
    "Bearer token when set; most local servers need none).",
    "",
  ].join("\n");
}
