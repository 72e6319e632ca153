"use client";

import { useId, useMemo, useState } from "react";
import { formatNumber } from "@/components/ui/format";
import type { Assembly, Side } from "@/lib/sim/types";
import { ArtifactContent, type LoadArtifactContent } from "./artifact-content";
import type { ArtifactRowData } from "./artifact-rows";
import { DataTable } from "./data-table";
import { dataColumnHelper } from "./data-table-features";

/** Where an artifact stood in the chosen assembly. */
type Placement = "filtered" | "included" | "later";
type ArtifactRow = ArtifactRowData & { placement?: Placement };

const helper = dataColumnHelper<ArtifactRow>();

const baseColumns = [
  helper.accessor("seq", { header: "#", meta: { align: "end", className: "w-12" } }),
  helper.accessor("turn", { header: "Turn", meta: { align: "end", className: "w-14" } }),
  helper.accessor("kind", {
    header: "Kind",
    filterFn: "equalsString",
    cell: (info) => <code className="font-mono text-xs">{info.getValue()}</code>,
    meta: { className: "w-32" },
  }),
  helper.accessor("tokens", {
    header: "Tokens",
    cell: (info) => formatNumber(info.getValue()),
    meta: { align: "end", className: "w-20" },
  }),
  helper.accessor("preview", {
    header: "Content",
    sortFn: "text",
    cell: (info) => (
      <span
        className="line-clamp-1 max-w-[110ch] break-all text-ink/90"
        title="Expand the row to read it all"
      >
        {info.getValue()}
      </span>
    ),
  }),
];

function placementColumn(turn: number) {
  return helper.accessor("placement", {
    header: `At turn ${turn}`,
    filterFn: "equalsString",
    cell: (info) => <PlacementBadge placement={info.getValue()} />,
    meta: { className: "w-28" },
  });
}

const placementFilter = {
  columnId: "placement",
  label: "Show",
  options: [
    { value: "filtered", label: "filtered only" },
    { value: "included", label: "included only" },
    { value: "later", label: "not yet stored" },
  ],
};

const kindFilter = [
  {
    columnId: "kind",
    label: "Kind",
    options: [
      { value: "user_input", label: "user_input" },
      { value: "agent_response", label: "agent_response" },
    ],
  },
];

function placementOf(seq: number, assembly: Assembly): Placement {
  if (seq <= assembly.filteredThroughSeq) return "filtered";
  if (seq <= assembly.includedThroughSeq) return "included";
  return "later";
}

export function ArtifactTable({
  side,
  artifacts,
  assemblies,
  loadContent,
}: {
  side: Side;
  artifacts: ArtifactRowData[];
  /** This side's assemblies, for "highlight the artifacts filtered at turn N". */
  assemblies: Assembly[];
  /** Fetches one artifact's full text, for rows sent without it (long runs). */
  loadContent?: LoadArtifactContent;
}) {
  const pickerId = useId();
  const [chosenTurn, setChosenTurn] = useState<number | null>(null);
  const chosen =
    chosenTurn === null ? undefined : assemblies.find((assembly) => assembly.turn === chosenTurn);
  const rows = useMemo<ArtifactRow[]>(
    () =>
      chosen
        ? artifacts.map((artifact) => ({ ...artifact, placement: placementOf(artifact.seq, chosen) }))
        : artifacts,
    [artifacts, chosen],
  );
  const columns = useMemo(
    () => (chosen ? [...baseColumns, placementColumn(chosen.turn)] : baseColumns),
    [chosen],
  );
  const label = side === "agent" ? "Agent artifacts" : "Human artifacts";

  const picker = (
    <div className="flex items-center gap-1.5 text-muted">
      <label htmlFor={pickerId}>Highlight filtered at turn</label>
      <select
        id={pickerId}
        data-testid={`${side}-filtered-turn`}
        className="h-7 rounded border border-line-strong bg-panel px-1.5 text-ink"
        value={chosenTurn ?? ""}
        onChange={(event) => setChosenTurn(event.target.value === "" ? null : Number(event.target.value))}
      >
        <option value="">—</option>
        {assemblies.map((assembly) => (
          <option key={assembly.turn} value={assembly.turn}>
            {assembly.turn} ({assembly.filtered} filtered)
          </option>
        ))}
      </select>
      {chosen && (
        <span aria-live="polite" className="text-xs">
          {chosen.filtered === 0
            ? "nothing was filtered at that turn"
            : `${formatNumber(chosen.filtered)} filtered: #1–#${chosen.filteredThroughSeq} highlighted`}
        </span>
      )}
    </div>
  );

  return (
    <DataTable
      // Choosing "no turn" drops the placement column: start that table afresh rather than keep a filter on it.
      key={chosen ? "with-placement" : "plain"}
      label={label}
      testId={`${side}-artifacts`}
      data={rows}
      columns={columns}
      getRowId={(row) => String(row.seq)}
      filters={chosen ? [...kindFilter, placementFilter] : kindFilter}
      toolbar={picker}
      pageSize={25}
      renderExpanded={(row) => <ArtifactContent artifact={row} load={loadContent} />}
      isRowHighlighted={(row) => row.placement === "filtered"}
      emptyMessage="No artifacts yet."
    />
  );
}

const placementStyles: Record<Placement, string> = {
  filtered: "bg-warn-soft text-warn",
  included: "bg-ok-soft text-ok",
  later: "text-faint",
};

const placementText: Record<Placement, string> = {
  filtered: "filtered",
  included: "included",
  later: "not yet stored",
};

function PlacementBadge({ placement }: { placement?: Placement }) {
  if (!placement) return null;
  return (
    <span className={`rounded px-1.5 py-px text-xs ${placementStyles[placement]}`}>
      {placementText[placement]}
    </span>
  );
}
