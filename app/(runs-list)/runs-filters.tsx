"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { type RunsQuery, runStatuses, runsQueryHref } from "@/lib/validation/runs-query";

/** Scenario and status filters; changing one reloads the list from the server (URL search params). */
export function RunsFilters({ query, scenarioNames }: { query: RunsQuery; scenarioNames: string[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go = (change: Partial<RunsQuery>) =>
    startTransition(() => router.push(runsQueryHref(query, { ...change, page: 1 })));
  const select = "h-8 max-w-64 rounded-md border border-line-strong bg-panel px-2 text-[13px] text-ink";

  return (
    <div className="flex flex-wrap items-center gap-4 text-[13px]" aria-busy={pending}>
      <label className="flex items-center gap-2 text-muted">
        Scenario
        <select
          className={select}
          data-testid="filter-scenario"
          value={query.scenario ?? ""}
          onChange={(event) => go({ scenario: event.target.value || undefined })}
        >
          <option value="">All scenarios</option>
          {scenarioNames.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex items-center gap-2 text-muted">
        Status
        <select
          className={select}
          data-testid="filter-status"
          value={query.status ?? ""}
          onChange={(event) => go({ status: (event.target.value || undefined) as RunsQuery["status"] })}
        >
          <option value="">All statuses</option>
          {runStatuses.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </label>
      {pending && <span className="text-xs text-faint">Loading…</span>}
    </div>
  );
}
