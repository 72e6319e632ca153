"use client";

import { Bar, BarChart, Brush, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { formatNumber } from "@/components/ui/format";
import type { Assembly } from "@/lib/sim/types";
import { type BudgetPoint, toBudgetPoints } from "./budget-points";
import { BudgetTooltip } from "./budget-tooltip";
import { chartColors } from "./chart-colors";

/** Past this many assemblies the chart shows a window with a brush to move it. */
const WINDOW = 60;

const series: { key: keyof BudgetPoint; name: string; fill: string }[] = [
  { key: "systemTokens", name: "System prompt", fill: chartColors.system },
  { key: "agentArtifacts", name: "Agent: included artifacts", fill: chartColors.agent },
  { key: "humanArtifacts", name: "Human: included artifacts", fill: chartColors.human },
  { key: "agentHeadroom", name: "Agent: headroom", fill: chartColors.agentHeadroom },
  { key: "humanHeadroom", name: "Human: headroom", fill: chartColors.humanHeadroom },
];

export function TokenBudgetChart({ assemblies }: { assemblies: Assembly[] }) {
  const points = toBudgetPoints(assemblies);
  if (points.length === 0) {
    return (
      <div data-testid="budget-chart" className="py-10 text-center text-sm text-muted">
        No context assemblies yet.
      </div>
    );
  }
  const budget = Math.max(...points.map((point) => point.budget));
  const windowed = points.length > WINDOW;
  return (
    <figure data-testid="budget-chart" data-points={points.length} className="flex flex-col gap-2">
      <ChartLegend budget={budget} />
      <BarChart
        responsive
        data={points}
        style={{ width: "100%", height: windowed ? 340 : 300 }}
        margin={{ top: 8, right: 16, bottom: 0, left: 4 }}
        barCategoryGap="18%"
        accessibilityLayer
      >
        <CartesianGrid vertical={false} stroke="var(--color-line)" />
        <XAxis
          dataKey="key"
          tick={{ fontSize: 11, fill: "var(--color-muted)" }}
          tickLine={false}
          axisLine={{ stroke: "var(--color-line-strong)" }}
          interval="preserveStartEnd"
          minTickGap={12}
        />
        <YAxis
          tick={{ fontSize: 11, fill: "var(--color-muted)" }}
          tickLine={false}
          axisLine={false}
          width={48}
          domain={[0, (max: number) => Math.max(max, budget)]}
          tickFormatter={(value: number) => formatNumber(value)}
        />
        <Tooltip content={BudgetTooltip} cursor={{ fill: "rgba(0,0,0,0.04)" }} isAnimationActive={false} />
        {series.map((item) => (
          <Bar
            key={item.key}
            dataKey={item.key}
            name={item.name}
            stackId="tokens"
            maxBarSize={56}
            fill={item.fill}
            isAnimationActive={false}
          />
        ))}
        <ReferenceLine
          y={budget}
          stroke={chartColors.budget}
          strokeDasharray="5 3"
          ifOverflow="extendDomain"
        />
        {windowed && (
          <Brush
            // A growing run re-creates the brush on its newest window; keeping the old one leaves it out of range.
            key={points.length}
            dataKey="key"
            height={36}
            travellerWidth={8}
            stroke="var(--color-line-strong)"
            startIndex={points.length - WINDOW}
            endIndex={points.length - 1}
          >
            {/* The whole run in miniature behind the window: where the budget fills up. */}
            <BarChart data={points}>
              <Bar dataKey="tokensUsed" fill={chartColors.system} isAnimationActive={false} />
            </BarChart>
          </Brush>
        )}
      </BarChart>
      <figcaption className="text-xs text-muted">
        One bar per context assembly ({formatNumber(points.length)}): turn number, then A for the agent or H
        for the human.{windowed ? " Drag the handles below the chart to move the window." : ""}
      </figcaption>
    </figure>
  );
}

function ChartLegend({ budget }: { budget: number }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
      {series.map((item) => (
        <li key={item.key} className="flex items-center gap-1.5">
          <span aria-hidden="true" className="h-2.5 w-2.5 rounded-sm" style={{ background: item.fill }} />
          {item.name}
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <span
          aria-hidden="true"
          className="h-0 w-4 border-t-2 border-dashed"
          style={{ borderColor: chartColors.budget }}
        />
        Budget ({formatNumber(budget)})
      </li>
    </ul>
  );
}
