import { Skeleton } from "@/components/ui/skeleton";

export default function NewRunLoading() {
  return (
    <div
      className="mx-auto flex w-full max-w-3xl flex-col gap-4"
      role="status"
      aria-busy="true"
      aria-label="Loading form"
    >
      <Skeleton className="h-6 w-44" />
      <Skeleton className="h-4 w-full" />
      <div className="flex flex-col gap-5 rounded-lg border border-line bg-panel p-5">
        <Skeleton className="h-12" />
        <div className="grid gap-4 sm:grid-cols-2">
          <Skeleton className="h-40" />
          <Skeleton className="h-40" />
        </div>
        <div className="grid gap-4 sm:grid-cols-4">
          <Skeleton className="h-12" />
          <Skeleton className="h-12" />
          <Skeleton className="h-12" />
          <Skeleton className="h-12" />
        </div>
        <Skeleton className="ml-auto h-8 w-36" />
      </div>
    </div>
  );
}
