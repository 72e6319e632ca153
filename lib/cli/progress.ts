import type { SimEvent } from "../sim/events";
import type { Assembly } from "../sim/types";

function describeAssembly(assembly: Assembly | undefined): string | undefined {
  if (!assembly) return undefined;
  return `${assembly.side} ${assembly.tokensUsed}/${assembly.budget} tokens, ${assembly.filtered} filtered`;
}

/**
 * One stderr line per finished turn: what each side's context held. The human's assembly that wrote turn t is
 * numbered t-1 by the engine, so it is matched to the turn through order, not its number.
 */
export function createProgressReporter(totalTurns: number, write: (line: string) => void) {
  let turnStarted = performance.now();
  let assemblies: Assembly[] = [];

  return (event: SimEvent): void => {
    if (event.type === "turn-started") {
      turnStarted = performance.now();
      assemblies = [];
    } else if (event.type === "assembly") {
      assemblies.push(event.assembly);
    } else if (event.type === "turn-finished") {
      const human =
        describeAssembly(assemblies.find((assembly) => assembly.side === "human")) ?? "human opener";
      const agent = describeAssembly(assemblies.find((assembly) => assembly.side === "agent"));
      const elapsed = Math.round(performance.now() - turnStarted);
      write(`turn ${event.turn} (${event.turn + 1}/${totalTurns}): ${human}; ${agent}; ${elapsed} ms`);
    }
  };
}
