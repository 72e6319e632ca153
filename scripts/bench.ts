// `npm run bench [-- --tokenizer estimate|o200k_base|cl100k_base]`: engine time per turn on scripted runs, by
// default with o200k_base (the scenarios' default, where BPE counting dominates) and with estimate (the engine alone).
// Engine time = a turn's wall time minus the time spent inside the model calls (the scripted provider through the
// AI SDK), so it covers token counting, stores, assembly, message building, events and bookkeeping.
import { parseArgs } from "node:util";
import { runSimulation } from "../lib/sim/run-simulation";
import type { TokenizerName } from "../lib/sim/types";
import { benchScenario, timedModels } from "./bench-scenario";

const { values } = parseArgs({ options: { tokenizer: { type: "string" } } });
const tokenizers = values.tokenizer
  ? [values.tokenizer as TokenizerName]
  : (["o200k_base", "estimate"] as const);
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

function row(cells: (string | number)[]): string {
  const widths = [7, 8, 15, 17, 15, 13, 14, 8];
  return cells.map((cell, index) => String(cell).padStart(widths[index])).join("  ");
}

async function printTable(tokenizer: TokenizerName): Promise<void> {
  console.log(`\nTokenizer ${tokenizer}:`);
  console.log(
    row([
      "turns",
      "budget",
      "engine ms/turn",
      "median ms/turn",
      "model ms/turn",
      "last10/first10",
      "final window",
      "wall s",
    ]),
  );
  for (const budget of budgets) {
    for (const turns of turnCounts) {
      const { engineMsPerTurn, modelMsTotal, wallMs, lastWindow } = await measure(turns, budget, tokenizer);
      const ratio = mean(engineMsPerTurn.slice(-10)) / mean(engineMsPerTurn.slice(0, 10));
      console.log(
        row([
          turns.toLocaleString("en-US"),
          budget.toLocaleString("en-US"),
          mean(engineMsPerTurn).toFixed(4),
          median(engineMsPerTurn).toFixed(4),
          (modelMsTotal / turns).toFixed(4),
          turns <= 10 ? "n/a" : ratio.toFixed(2),
          `${lastWindow} art.`,
          (wallMs / 1000).toFixed(2),
        ]),
      );
    }
  }
}

console.log(`Parley engine benchmark: scripted runs, policy recent, Node ${process.version}`);
console.log("engine ms/turn = turn wall time minus time inside the (scripted, AI SDK) model calls");
await measure(200, 4_000, tokenizers[0]); // warm-up: let the JIT settle before anything is recorded
for (const tokenizer of tokenizers) await printTable(tokenizer);
console.log(
  "\nlast10/first10: mean engine time of the last 10 turns over the first 10 (n/a when they are the same turns).",
);
console.log(
  "final window: artifacts the last assembly included (at 128,000 tokens it fills over the first turns).",
);
