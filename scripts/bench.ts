// `npm run bench [-- --tokenizer estimate|o200k_base|cl100k_base]`: engine time per turn on scripted runs, by
// default with o200k_base (the scenarios' default, where BPE counting dominates) and with estimate (the engine alone).
// Engine time = a turn's wall time minus the time spent inside the model calls (the scripted provider through the
// AI SDK), so it covers token counting, stores, assembly, message building, events and bookkeeping.
import { parseArgs } from "node:util";
import { runSimulation } from "../lib/sim/run-simulation";
import type { TokenizerName } from "../lib/sim/types";
import { benchScenario, timedModels } from "./bench-scenario";

const tokenizerNames: readonly TokenizerName[] = ["estimate", "o200k_base", "cl100k_base"];

/** The tokenizers to measure: the one given with --tokenizer, else o200k_base and estimate. */
function chosenTokenizers(): readonly TokenizerName[] {
  const usage = `usage: npm run bench [-- --tokenizer ${tokenizerNames.join("|")}]`;
  try {
    const { tokenizer } = parseArgs({ options: { tokenizer: { type: "string" } } }).values;
    if (tokenizer === undefined) return ["o200k_base", "estimate"];
    const known = tokenizerNames.find((name) => name === tokenizer);
    if (known) return [known];
    console.error(`bench: unknown tokenizer "${tokenizer}"; ${usage}`);
  } catch (error) {
    console.error(`bench: ${(error as Error).message.split("\n")[0]}; ${usage}`);
  }
  process.exit(1);
}

const tokenizers = chosenTokenizers();
const turnCounts = [10, 100, 1_000, 10_000];
const budgets = [4_000, 128_000];

interface Measurement {
  engineMsPerTurn: number[];
  modelMsTotal: number;
  wallMs: number;
  lastWindow: number;
}

async function measure(turns: number, budget: number, tokenizer: TokenizerName): Promise<Measurement> {
  const scenario = benchScenario(turns, budget, tokenizer);
  const models = timedModels(scenario);
  const engineMsPerTurn: number[] = [];
  let turnStarted = 0;
  let modelAtTurnStart = 0;
  let lastWindow = 0;
  const started = performance.now();
  const result = await runSimulation({
    scenario,
    models,
    onEvent(event) {
      if (event.type === "turn-started") {
        turnStarted = performance.now();
        modelAtTurnStart = models.modelMs();
      } else if (event.type === "turn-finished") {
        const modelMs = models.modelMs() - modelAtTurnStart;
        engineMsPerTurn.push(performance.now() - turnStarted - modelMs);
      } else if (event.type === "assembly") {
        lastWindow = event.assembly.included;
      }
    },
  });
  if (result.status !== "succeeded") throw new Error(`benchmark run ${result.status}: ${result.error}`);
  return { engineMsPerTurn, modelMsTotal: models.modelMs(), wallMs: performance.now() - started, lastWindow };
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Short runs are repeated and each turn's median taken, so one GC pause does not decide a figure. */
async function measureRepeated(turns: number, budget: number, tokenizer: TokenizerName) {
  const repetitions = Math.min(20, Math.max(1, Math.floor(2_000 / turns)));
  const runs: Measurement[] = [];
  for (let index = 0; index < repetitions; index++) runs.push(await measure(turns, budget, tokenizer));
  const perTurn = runs[0].engineMsPerTurn.map((_, turn) =>
    median(runs.map((run) => run.engineMsPerTurn[turn])),
  );
  return {
    perTurn,
    modelMsPerTurn: mean(runs.map((run) => run.modelMsTotal)) / turns,
    wallMs: mean(runs.map((run) => run.wallMs)),
    lastWindow: runs[0].lastWindow,
  };
}

const columns = [
  "turns",
  "budget",
  "engine ms/turn",
  "median",
  "model ms/turn",
  "last10/first10",
  "last10/mid10",
];
const widths = [6, 7, 14, 7, 13, 14, 12, 12, 6];

function row(cells: (string | number)[]): string {
  return cells.map((cell, index) => String(cell).padStart(widths[index])).join("  ");
}

async function printTable(tokenizer: TokenizerName): Promise<void> {
  console.log(`\nTokenizer ${tokenizer}:`);
  console.log(row([...columns, "final window", "wall s"]));
  for (const budget of budgets) {
    for (const turns of turnCounts) {
      const { perTurn, modelMsPerTurn, wallMs, lastWindow } = await measureRepeated(turns, budget, tokenizer);
      const last10 = median(perTurn.slice(-10));
      const middle = Math.floor(turns / 2);
      console.log(
        row([
          turns.toLocaleString("en-US"),
          budget.toLocaleString("en-US"),
          mean(perTurn).toFixed(4),
          median(perTurn).toFixed(4),
          modelMsPerTurn.toFixed(4),
          turns <= 10 ? "n/a" : (last10 / median(perTurn.slice(0, 10))).toFixed(2),
          turns <= 20 ? "n/a" : (last10 / median(perTurn.slice(middle, middle + 10))).toFixed(2),
          `${lastWindow} art.`,
          (wallMs / 1000).toFixed(2),
        ]),
      );
    }
  }
}

console.log(`Parley engine benchmark: scripted runs, policy recent, Node ${process.version}`);
console.log("engine ms/turn: a turn's wall time minus the time inside its (scripted, AI SDK) model calls;");
console.log("runs under 2,000 turns are repeated (up to 20 times) and each turn's median kept.");
await measure(200, 4_000, tokenizers[0]); // warm-up: let the JIT settle before anything is recorded
for (const tokenizer of tokenizers) await printTable(tokenizer);
console.log(`
last10/first10: median engine time of the last 10 turns over that of the first 10 (n/a: the same turns).
last10/mid10: the same against the 10 turns from the middle of the run. At 128,000 tokens the window fills over
  the first few hundred turns, so last10/first10 also measures the window growing; last10/mid10 then shows the cost
  against the history alone.
final window: artifacts the last assembly included.`);
