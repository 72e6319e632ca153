import type { Assembly, Side } from "@/lib/sim/types";

/** One bar of the token-budget chart: one context assembly, its tokens split by where they went. */
export interface BudgetPoint {
  key: string; // unique x value: "12 A" / "12 H"
  index: number;
  turn: number;
  side: Side;
  budget: number;
  systemTokens: number;
  artifactTokens: number;
  headroom: number;
  overBudget: number;
  included: number;
  filtered: number;
  tokensUsed: number;
  tokensAvailable: number;
  // Side-specific copies so agent and human bars take their own colours within one stacked series set.
  agentArtifacts?: number;
  humanArtifacts?: number;
  agentHeadroom?: number;
  humanHeadroom?: number;
}

export function toBudgetPoints(assemblies: readonly Assembly[]): BudgetPoint[] {
  return assemblies.map((assembly, index) => {
    const artifactTokens = Math.max(0, assembly.tokensUsed - assembly.systemTokens);
    const headroom = Math.max(0, assembly.tokensAvailable);
    const agent = assembly.side === "agent";
    return {
      key: `${assembly.turn} ${agent ? "A" : "H"}`,
      index,
      turn: assembly.turn,
      side: assembly.side,
      budget: assembly.budget,
      systemTokens: assembly.systemTokens,
      artifactTokens,
      headroom,
      overBudget: Math.max(0, -assembly.tokensAvailable),
      included: assembly.included,
      filtered: assembly.filtered,
      tokensUsed: assembly.tokensUsed,
      tokensAvailable: assembly.tokensAvailable,
      agentArtifacts: agent ? artifactTokens : undefined,
      humanArtifacts: agent ? undefined : artifactTokens,
      agentHeadroom: agent ? headroom : undefined,
      humanHeadroom: agent ? undefined : headroom,
    };
  });
}
