"use client";

import { formatNumber } from "@/components/ui/format";

export function TablePagination({
  pageIndex,
  pageCount,
  pageSize,
  rowCount,
  pageSizes,
  onPageIndex,
  onPageSize,
}: {
  pageIndex: number;
  pageCount: number;
  pageSize: number;
  rowCount: number;
  pageSizes: number[];
  onPageIndex: (index: number) => void;
  onPageSize: (size: number) => void;
}) {
  const lastIndex = Math.max(0, pageCount - 1);
  const first = rowCount === 0 ? 0 : pageIndex * pageSize + 1;
  const last = Math.min(rowCount, (pageIndex + 1) * pageSize);
  const navButton =
    "h-7 min-w-7 rounded border border-line-strong bg-panel px-2 hover:bg-stone-100 disabled:opacity-40";
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 text-xs text-muted">
      <span aria-live="polite">
        {formatNumber(first)}–{formatNumber(last)} of {formatNumber(rowCount)}
      </span>
      {rowCount > pageSizes[0] && (
        <div className="flex items-center gap-1.5">
          <label className="mr-2 flex items-center gap-1">
            Rows
            <select
              className="h-7 rounded border border-line-strong bg-panel px-1 text-ink"
              value={pageSize}
              onChange={(event) => onPageSize(Number(event.target.value))}
            >
              {pageSizes.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className={navButton}
            disabled={pageIndex === 0}
            onClick={() => onPageIndex(0)}
          >
            <span aria-hidden="true">«</span>
            <span className="sr-only">First page</span>
          </button>
          <button
            type="button"
            className={navButton}
            disabled={pageIndex === 0}
            onClick={() => onPageIndex(pageIndex - 1)}
          >
            Previous
          </button>
          <span className="px-1 tabular-nums">
            Page {pageIndex + 1} of {lastIndex + 1}
          </span>
          <button
            type="button"
            className={navButton}
            disabled={pageIndex >= lastIndex}
            onClick={() => onPageIndex(pageIndex + 1)}
          >
            Next
          </button>
          <button
            type="button"
            className={navButton}
            disabled={pageIndex >= lastIndex}
            onClick={() => onPageIndex(lastIndex)}
          >
            <span aria-hidden="true">»</span>
            <span className="sr-only">Last page</span>
          </button>
        </div>
      )}
    </div>
  );
}
