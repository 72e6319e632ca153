"use client";

import { type ColumnDef, type Row, type SortingState, useTable } from "@tanstack/react-table";
import { Fragment, type ReactNode, useMemo } from "react";
import { type DataTableFeatures, dataTableFeatures } from "./data-table-features";
import { TablePagination } from "./table-pagination";

export interface DataTableFilter {
  columnId: string;
  label: string;
  options: { value: string; label: string }[];
}

export interface DataTableProps<TData extends object> {
  data: TData[];
  // biome-ignore lint/suspicious/noExplicitAny: each column keeps its own value type (as helper.columns returns them)
  columns: ColumnDef<DataTableFeatures, TData, any>[];
  getRowId: (row: TData) => string;
  /** Accessible name of the table. */
  label: string;
  testId?: string;
  initialSorting?: SortingState;
  pageSize?: number;
  /** Select boxes above the table, each filtering one column by exact value. */
  filters?: DataTableFilter[];
  /** Extra controls, before the filters. */
  toolbar?: ReactNode;
  /** Full details shown under a row when it is expanded. */
  renderExpanded?: (row: TData) => ReactNode;
  isRowHighlighted?: (row: TData) => boolean;
  emptyMessage?: string;
}

const pageSizes = [10, 25, 50, 100];

export function DataTable<TData extends object>(props: DataTableProps<TData>) {
  const { data, columns, renderExpanded, isRowHighlighted } = props;
  const initialState = useMemo(
    () => ({
      sorting: props.initialSorting ?? [],
      pagination: { pageIndex: 0, pageSize: props.pageSize ?? 25 },
    }),
    [props.initialSorting, props.pageSize],
  );
  const table = useTable({
    features: dataTableFeatures,
    columns,
    data,
    getRowId: props.getRowId,
    initialState,
    getRowCanExpand: () => renderExpanded !== undefined,
    autoResetPageIndex: false,
    enableSortingRemoval: false,
  });
  const rows = table.getRowModel().rows;
  const columnCount = table.getAllLeafColumns().length;

  return (
    <div data-testid={props.testId} className="flex flex-col gap-2">
      {(props.filters?.length || props.toolbar) && (
        <div className="flex flex-wrap items-center gap-3 text-[13px]">
          {props.toolbar}
          {props.filters?.map((filter) => (
            <label key={filter.columnId} className="flex items-center gap-1.5 text-muted">
              {filter.label}
              <select
                className="h-7 rounded border border-line-strong bg-panel px-1.5 text-ink"
                value={String(table.getColumn(filter.columnId)?.getFilterValue() ?? "")}
                onChange={(event) => {
                  table.getColumn(filter.columnId)?.setFilterValue(event.target.value || undefined);
                  table.setPageIndex(0);
                }}
              >
                <option value="">All</option>
                {filter.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      )}
      <div className="overflow-x-auto rounded-md border border-line">
        <table aria-label={props.label} className="w-full border-collapse text-[13px]">
          <thead className="bg-stone-50 text-left text-xs text-muted">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {renderExpanded && <th className="w-7 border-b border-line" aria-label="Expand" />}
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const meta = header.column.columnDef.meta;
                  return (
                    <th
                      key={header.id}
                      aria-sort={
                        sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined
                      }
                      className={`border-b border-line px-2 py-1.5 font-medium ${
                        meta?.align === "end" ? "text-right" : ""
                      }`}
                    >
                      {header.isPlaceholder ? null : header.column.getCanSort() ? (
                        <button
                          type="button"
                          onClick={header.column.getToggleSortingHandler()}
                          className={`inline-flex items-center gap-1 hover:text-ink ${sorted ? "text-ink" : ""}`}
                        >
                          <table.FlexRender header={header} />
                          <SortIndicator direction={sorted} />
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.length === 0 && (
              <tr>
                <td colSpan={columnCount + 1} className="px-3 py-6 text-center text-muted">
                  {props.emptyMessage ?? "Nothing to show."}
                </td>
              </tr>
            )}
            {rows.map((row) => (
              <DataRow
                key={row.id}
                row={row}
                columnCount={columnCount}
                renderExpanded={renderExpanded}
                highlighted={isRowHighlighted?.(row.original) ?? false}
                FlexRender={table.FlexRender}
              />
            ))}
          </tbody>
        </table>
      </div>
      <TablePagination
        pageIndex={table.state.pagination.pageIndex}
        pageCount={table.getPageCount()}
        pageSize={table.state.pagination.pageSize}
        rowCount={table.getFilteredRowModel().rows.length}
        pageSizes={pageSizes}
        onPageIndex={(index) => table.setPageIndex(index)}
        onPageSize={(size) => table.setPageSize(size)}
      />
    </div>
  );
}

function SortIndicator({ direction }: { direction: false | "asc" | "desc" }) {
  return (
    <span aria-hidden="true" className={`text-[10px] ${direction ? "text-accent" : "text-faint"}`}>
      {direction === "asc" ? "▲" : direction === "desc" ? "▼" : "↕"}
    </span>
  );
}

function DataRow<TData extends object>({
  row,
  columnCount,
  renderExpanded,
  highlighted,
  FlexRender,
}: {
  row: Row<DataTableFeatures, TData>;
  columnCount: number;
  renderExpanded?: (row: TData) => ReactNode;
  highlighted: boolean;
  FlexRender: ReturnType<typeof useTable<DataTableFeatures, TData>>["FlexRender"];
}) {
  const expanded = renderExpanded ? row.getIsExpanded() : false;
  return (
    <Fragment>
      <tr
        data-highlighted={highlighted || undefined}
        className={`border-b border-line last:border-b-0 ${
          highlighted ? "bg-highlight" : expanded ? "bg-stone-50" : "hover:bg-stone-50"
        }`}
      >
        {renderExpanded && (
          <td className="pl-2 align-top">
            <button
              type="button"
              aria-expanded={expanded}
              aria-label={expanded ? "Collapse row" : "Expand row"}
              onClick={() => row.toggleExpanded()}
              className="mt-1 flex h-5 w-5 items-center justify-center rounded text-muted hover:bg-stone-200 hover:text-ink"
            >
              <span
                aria-hidden="true"
                className={`text-[10px] transition-transform ${expanded ? "rotate-90" : ""}`}
              >
                ▶
              </span>
            </button>
          </td>
        )}
        {row.getAllCells().map((cell) => {
          const meta = cell.column.columnDef.meta;
          return (
            <td
              key={cell.id}
              className={`px-2 py-1.5 align-top ${meta?.align === "end" ? "text-right tabular-nums" : ""} ${
                meta?.className ?? ""
              }`}
            >
              <FlexRender cell={cell} />
            </td>
          );
        })}
      </tr>
      {expanded && renderExpanded && (
        <tr className="border-b border-line bg-stone-50">
          <td colSpan={columnCount + 1} className="px-4 py-3">
            {renderExpanded(row.original)}
          </td>
        </tr>
      )}
    </Fragment>
  );
}
