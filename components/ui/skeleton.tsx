export function Skeleton({ className = "" }: { className?: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded bg-stone-200/70 ${className}`} />;
}

/** A list page's title, description and primary action while it loads. */
export function PageHeadingSkeleton({ titleWidth }: { titleWidth: string }) {
  return (
    <div className="flex items-end justify-between">
      <div className="flex flex-col gap-2">
        <Skeleton className={`h-6 ${titleWidth}`} />
        <Skeleton className="h-4 w-96" />
      </div>
      <Skeleton className="h-8 w-32" />
    </div>
  );
}

/** A table's header and `rows` placeholder rows, one bar per column width in `cells` (the last one to the right). */
export function TableSkeleton({ rows, cells }: { rows: number; cells: string[] }) {
  return (
    <div className="overflow-hidden rounded-lg border border-line bg-panel">
      <Skeleton className="h-8 rounded-none" />
      {Array.from({ length: rows }, (_, row) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
        <div key={row} className="flex gap-6 border-t border-line px-3 py-2.5">
          {cells.map((width, cell) => (
            <Skeleton
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholder cells have no identity
              key={cell}
              className={`h-4 ${width} ${cell === cells.length - 1 ? "ml-auto" : ""}`}
            />
          ))}
        </div>
      ))}
    </div>
  );
}
