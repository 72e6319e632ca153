"use client";

import { useMemo } from "react";
import { formatNumber } from "@/components/ui/format";
import { SideLabel } from "@/components/ui/side-label";
import type { Assembly } from "@/lib/sim/types";
import { DataTable } from "./data-table";
import { dataColumnHelper } from "./data-table-features";

type MetricsRow = Assembly & { index: number };

const helper = dataColumnHelper<MetricsRow>();

const columns = helper.columns([
  helper.accessor("index", { header: "#", cell: (info) => info.getValue() + 1, meta: { align: "end" } }),
  helper.accessor("turn", { header: "Turn", meta: { align: "end" } }),
  helper.accessor("side", {
    header: "Side",
    cell: (info) => <SideLabel side={info.getValue()} />,
    filterFn: "equalsString",
  }),
  helper.accessor("included", { header: "Included", meta: { align: "end" } }),
  helper.accessor("filtered", { header: "Filtered", meta: { align: "end" } }),
  helper.accessor("tokensUsed", {
    header: "Tokens Used",
    cell: (info) => formatNumber(info.getValue()),
    meta: { align: "end" },
  }),
  helper.accessor("tokensAvailable", {
    header: "Available",
    cell: (info) => formatNumber(info.getValue()),
    meta: { align: "end" },
  }),
]);

const sideFilter = [
  {
    columnId: "side",
    label: "Side",
    options: [
      { value: "agent", label: "Agent" },
      { value: "human", label: "Human" },
    ],
  },
];

export function MetricsTable({ assemblies }: { assemblies: Assembly[] }) {
  const rows = useMemo<MetricsRow[]>(
    () => assemblies.map((assembly, index) => ({ ...assembly, index })),
    [assemblies],
  );
  return (
    <DataTable
      label="Context assembly metrics"
      testId="metrics-table"
      data={rows}
      columns={columns}
      getRowId={(row) => String(row.index)}
      filters={sideFilter}
      pageSize={25}
      emptyMessage="No context assemblies yet."
    />
  );
}
