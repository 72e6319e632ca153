import { Skeleton } from "@/components/ui/skeleton";

function Panel({ height, title = "w-40" }: { height: string; title?: string }) {
  return (
    <div className="rounded-lg border border-line bg-panel">
      <div className="border-b border-line px-4 py-3">
        <Skeleton className={`h-4 ${title}`} />
      </div>
      <div className="p-4">
        <Skeleton className={height} />
      </div>
    </div>
  );
}

export function RunSkeleton() {
  return (
    <div className="flex flex-col gap-5" role="status" aria-busy="true" aria-label="Loading run">
      <div className="flex flex-col gap-3 rounded-lg border border-line bg-panel px-5 py-4">
        <div className="flex justify-between">
          <Skeleton className="h-7 w-72" />
          <div className="flex gap-2">
            <Skeleton className="h-8 w-24" />
            <Skeleton className="h-8 w-32" />
            <Skeleton className="h-8 w-28" />
            <Skeleton className="h-8 w-24" />
          </div>
        </div>
        <div className="grid grid-cols-4 gap-4 lg:grid-cols-8">
          {Array.from({ length: 8 }, (_, fact) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholder facts have no identity
            <Skeleton key={fact} className="h-8" />
          ))}
        </div>
      </div>
      <Panel height="h-72" title="w-52" />
      <div className="grid gap-5 xl:grid-cols-[minmax(0,7fr)_minmax(0,5fr)]">
        <Panel height="h-96" title="w-28" />
        <Panel height="h-96" title="w-56" />
      </div>
      <div className="grid gap-5 2xl:grid-cols-2">
        <Panel height="h-64" />
        <Panel height="h-64" />
      </div>
    </div>
  );
}
