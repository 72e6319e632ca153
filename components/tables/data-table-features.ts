import {
  columnFilteringFeature,
  createColumnHelper,
  createExpandedRowModel,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  filterFn_equalsString,
  metaHelper,
  rowExpandingFeature,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
} from "@tanstack/react-table";

export interface DataColumnMeta {
  /** Numbers line up on the right. */
  align?: "start" | "end";
  /** Extra classes for this column's cells (width, wrapping). */
  className?: string;
}

/** The one feature set every Parley table shares: client sorting, column filters, pagination, expandable rows. */
export const dataTableFeatures = tableFeatures({
  columnMeta: metaHelper<DataColumnMeta>(),
  columnFilteringFeature,
  rowSortingFeature,
  rowExpandingFeature,
  rowPaginationFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  expandedRowModel: createExpandedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  filterFns: { equalsString: filterFn_equalsString },
  sortFns: { alphanumeric: sortFn_alphanumeric, basic: sortFn_basic, text: sortFn_text },
});

export type DataTableFeatures = typeof dataTableFeatures;

/** Column helper bound to the shared features, so each table only declares its columns. */
export function dataColumnHelper<TData extends object>() {
  return createColumnHelper<DataTableFeatures, TData>();
}
