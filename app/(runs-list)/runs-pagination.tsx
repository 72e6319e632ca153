import Link from "next/link";
import { formatNumber } from "@/components/ui/format";
import { type RunsQuery, runsQueryHref } from "@/lib/validation/runs-query";

export function RunsPagination({
  query,
  total,
  pageSize,
}: {
  query: RunsQuery;
  total: number;
  pageSize: number;
}) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(query.page, pageCount);
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const link = "flex h-7 items-center rounded border border-line-strong bg-panel px-2.5 hover:bg-stone-100";
  const disabled = "flex h-7 items-center rounded border border-line px-2.5 text-faint";
  return (
    <nav aria-label="Runs pages" className="flex items-center justify-between text-xs text-muted">
      <span data-testid="runs-count">
        {formatNumber(first)}–{formatNumber(last)} of {formatNumber(total)} runs
      </span>
      {pageCount > 1 && (
        <div className="flex items-center gap-1.5">
          {page > 1 ? (
            <Link className={link} href={runsQueryHref(query, { page: page - 1 })} rel="prev">
              Previous
            </Link>
          ) : (
            <span className={disabled}>Previous</span>
          )}
          <span className="px-1.5 tabular-nums">
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? (
            <Link className={link} href={runsQueryHref(query, { page: page + 1 })} rel="next">
              Next
            </Link>
          ) : (
            <span className={disabled}>Next</span>
          )}
        </div>
      )}
    </nav>
  );
}
