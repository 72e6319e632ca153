import Link from "next/link";
import { buttonClasses } from "@/components/ui/button-styles";
import { PageHeading } from "@/components/ui/page-heading";
import { listRuns } from "@/lib/db/queries/runs";
import { RUNS_PAGE_SIZE, runsQuerySchema } from "@/lib/validation/runs-query";
import { ActiveRunsRefresher } from "./active-runs-refresher";
import { RunsFilters } from "./runs-filters";
import { RunsPagination } from "./runs-pagination";
import { RunsTable } from "./runs-table";
import { scenarioFilterNames } from "./scenario-filter-names";

export default async function RunsPage(props: PageProps<"/">) {
  const query = runsQuerySchema.parse(await props.searchParams);
  const [{ rows, total }, scenarioNames] = await Promise.all([
    listRuns({
      page: query.page,
      pageSize: RUNS_PAGE_SIZE,
      sort: { column: query.sort, direction: query.dir },
      status: query.status,
      scenario: query.scenario,
    }),
    scenarioFilterNames({ selected: query.scenario }),
  ]);
  const filtered = query.status !== undefined || query.scenario !== undefined;

  return (
    <div className="flex flex-col gap-4">
      <PageHeading
        title="Runs"
        description="Every simulation. Open one to see its turns and what each side’s context window held."
        actions={
          <Link href="/runs/new" className={buttonClasses("primary")} data-testid="new-simulation">
            New simulation
          </Link>
        }
      />
      <RunsFilters query={query} scenarioNames={scenarioNames} />
      {rows.some((run) => run.status === "queued" || run.status === "running") && <ActiveRunsRefresher />}
      {total === 0 ? (
        <EmptyRuns filtered={filtered} />
      ) : (
        <>
          <RunsTable rows={rows} query={query} />
          <RunsPagination query={query} total={total} pageSize={RUNS_PAGE_SIZE} />
        </>
      )}
    </div>
  );
}

function EmptyRuns({ filtered }: { filtered: boolean }) {
  return (
    <div
      data-testid="runs-empty"
      className="flex flex-col items-center gap-3 rounded-lg border border-dashed border-line-strong bg-panel px-6 py-14 text-center"
    >
      {filtered ? (
        <>
          <h2 className="font-semibold">No runs match these filters</h2>
          <Link href="/" className={buttonClasses("secondary")}>
            Clear filters
          </Link>
        </>
      ) : (
        <>
          <h2 className="font-semibold">No runs yet</h2>
          <p className="max-w-md text-muted">
            Launch a simulation from a scenario in the library, or import an old markdown report to browse it
            here.
          </p>
          <div className="flex gap-2">
            <Link href="/runs/new" className={buttonClasses("primary")}>
              New simulation
            </Link>
            <Link href="/scenarios" className={buttonClasses("secondary")}>
              Scenarios
            </Link>
          </div>
        </>
      )}
    </div>
  );
}
