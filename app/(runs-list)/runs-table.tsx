import Link from "next/link";
import { formatDateTime, formatDuration, formatNumber } from "@/components/ui/format";
import { StatusBadge } from "@/components/ui/status-badge";
import type { RunSummary } from "@/lib/db/queries/runs";
import { type RunSortColumn, type RunsQuery, runsQueryHref } from "@/lib/validation/runs-query";

interface Column {
  label: string;
  sort?: RunSortColumn;
  align?: "end";
}

const columns: Column[] = [
  { label: "Scenario", sort: "scenario" },
  { label: "Status", sort: "status" },
  { label: "Turns", sort: "turns", align: "end" },
  { label: "Agent model" },
  { label: "Human model" },
  { label: "Budget", sort: "budget", align: "end" },
  { label: "Tokens", sort: "tokens", align: "end" },
  { label: "Duration", sort: "duration", align: "end" },
  { label: "Started", sort: "startedAt", align: "end" },
];

/** Sorting happens on the server: each header is a link to the same list sorted by it. */
export function RunsTable({ rows, query }: { rows: RunSummary[]; query: RunsQuery }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-panel">
      <table data-testid="runs-table" aria-label="Runs" className="w-full border-collapse text-[13px]">
        <thead className="bg-stone-50 text-left text-xs text-muted">
          <tr>
            {columns.map((column) => (
              <HeaderCell key={column.label} column={column} query={query} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((run) => (
            <tr key={run.id} data-testid="run-row" className="border-t border-line hover:bg-stone-50">
              <td className="min-w-48 px-3 py-2 font-medium">
                <Link href={`/runs/${run.id}`} className="text-ink hover:text-accent hover:underline">
                  {run.scenarioName}
                </Link>
              </td>
              <td className="px-3 py-2">
                <StatusBadge status={run.status} />
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                {formatNumber(run.turnsDone)} / {formatNumber(run.turnsTotal)}
              </td>
              <td className="max-w-64 truncate px-3 py-2 font-mono text-xs text-agent" title={run.agentModel}>
                {run.agentModel}
              </td>
              <td className="max-w-64 truncate px-3 py-2 font-mono text-xs text-human" title={run.humanModel}>
                {run.humanModel}
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                {formatNumber(run.budget)}
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                {formatNumber(run.totalTokens)}
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                {formatDuration(run.durationMs)}
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums text-muted">
                {formatDateTime(run.startedAt ?? run.createdAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HeaderCell({ column, query }: { column: Column; query: RunsQuery }) {
  const align = column.align === "end" ? "text-right whitespace-nowrap" : "";
  if (!column.sort) return <th className={`px-3 py-2 font-medium ${align}`}>{column.label}</th>;
  const active = query.sort === column.sort;
  // A first click sorts text ascending and numbers/dates descending (biggest, newest first).
  const firstDirection = column.sort === "scenario" || column.sort === "status" ? "asc" : "desc";
  const nextDirection = active ? (query.dir === "asc" ? "desc" : "asc") : firstDirection;
  return (
    <th
      className={`px-3 py-2 font-medium ${align}`}
      aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : undefined}
    >
      <Link
        href={runsQueryHref(query, { sort: column.sort, dir: nextDirection, page: 1 })}
        className={`inline-flex items-center gap-1 hover:text-ink ${active ? "text-ink" : ""}`}
        data-testid={`sort-${column.sort}`}
      >
        {column.label}
        <span aria-hidden="true" className={`text-[10px] ${active ? "text-accent" : "text-faint"}`}>
          {active ? (query.dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </Link>
    </th>
  );
}
