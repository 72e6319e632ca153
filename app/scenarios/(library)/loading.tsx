import { Skeleton } from "@/components/ui/skeleton";

export default function ScenariosLoading() {
  return (
    <div className="flex flex-col gap-4" role="status" aria-busy="true" aria-label="Loading scenarios">
      <div className="flex items-end justify-between">
        <div className="flex flex-col gap-2">
          <Skeleton className="h-6 w-32" />
          <Skeleton className="h-4 w-96" />
        </div>
        <Skeleton className="h-8 w-32" />
      </div>
      <div className="overflow-hidden rounded-lg border border-line bg-panel">
        <Skeleton className="h-8 rounded-none" />
        {Array.from({ length: 4 }, (_, row) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
          <div key={row} className="flex gap-6 border-t border-line px-3 py-2.5">
            <Skeleton className="h-4 w-48" />
            <Skeleton className="h-4 w-10" />
            <Skeleton className="h-4 w-10" />
            <Skeleton className="h-4 w-32" />
            <Skeleton className="ml-auto h-4 w-28" />
          </div>
        ))}
      </div>
      <Skeleton className="h-28" />
    </div>
  );
}
