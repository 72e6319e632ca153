"use client";

import type { TooltipContentProps } from "recharts";
import { formatNumber } from "@/components/ui/format";
import type { BudgetPoint } from "./budget-points";

export function BudgetTooltip({ active, payload }: TooltipContentProps) {
  const point = payload?.[0]?.payload as BudgetPoint | undefined;
  if (!active || !point) return null;
  const agent = point.side === "agent";
  const rows: [string, string][] = [
    ["System prompt", formatNumber(point.systemTokens)],
    ["Included artifacts", `${formatNumber(point.artifactTokens)} (${formatNumber(point.included)})`],
    ["Filtered artifacts", formatNumber(point.filtered)],
    ["Tokens used", formatNumber(point.tokensUsed)],
    ["Available", formatNumber(point.tokensAvailable)],
    ["Budget", formatNumber(point.budget)],
  ];
  return (
    <div className="min-w-52 rounded-md border border-line-strong bg-panel px-3 py-2 text-xs shadow-md">
      <div className="mb-1.5 flex items-center gap-1.5 font-semibold">
        <span aria-hidden="true" className={`h-2.5 w-2.5 rounded-sm ${agent ? "bg-agent" : "bg-human"}`} />
        Turn {point.turn} · {agent ? "Agent" : "Human"}
      </div>
      <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-0.5">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-muted">{label}</dt>
            <dd className="text-right tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
