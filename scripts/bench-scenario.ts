// Scenarios and timed models for the benchmark: long scripted conversations with varied, unique messages.
import { createModelsForScenario } from "../lib/ai/registry";
import { parseScenario, type Scenario } from "../lib/sim/scenario";
import type { ChatModel, TokenizerName } from "../lib/sim/types";

const vocabulary = (
  "the session store keeps data on the server while a cookie holds only its id so expiry rotation and " +
  "cleanup happen in one place; configure maxAge, rolling, secure, sameSite and httpOnly, then check how " +
  "the middleware reloads state for each request, what happens on logout, and why tokens are signed"
).split(" ");

/** A deterministic generator (mulberry32), so every run benchmarks the same conversation. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `count` messages of 40..400 words, each unique (a counter in the text), as in a real conversation. */
function messages(count: number, label: string, random: () => number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const length = 40 + Math.floor(random() * 360);
    const words = Array.from({ length }, () => vocabulary[Math.floor(random() * vocabulary.length)]);
    return `${label} ${index}: ${words.join(" ")}.`;
  });
}

export function benchScenario(turns: number, budget: number, tokenizer: TokenizerName): Scenario {
  const random = seededRandom(turns * 7919 + budget);
  const [opener, ...humanScript] = messages(turns, "question", random);
  return parseScenario(
    {
      name: `bench-${turns}-${budget}`,
      turns,
      budget,
      tokenizer,
      agent: {
        model: "scripted",
        system: "You are the coding assistant of a TypeScript project. Answer first, then explain briefly.",
        script: messages(turns, "answer", random),
      },
      human: {
        model: "scripted",
        system: "You are a developer new to the project, asking one follow-up question at a time.",
        opener,
        script: humanScript,
      },
    },
    "benchmark",
  );
}

/** The scenario's real scripted models (AI SDK path), with the time spent inside them added up. */
export function timedModels(scenario: Scenario): {
  agent: ChatModel;
  human: ChatModel;
  modelMs: () => number;
} {
  const models = createModelsForScenario(scenario, {});
  let spent = 0;
  const timed = (model: ChatModel): ChatModel => ({
    id: model.id,
    async generate(request) {
      const started = performance.now();
      try {
        return await model.generate(request);
      } finally {
        spent += performance.now() - started;
      }
    },
  });
  return { agent: timed(models.agent), human: timed(models.human), modelMs: () => spent };
}
