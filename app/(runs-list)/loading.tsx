import { PageHeadingSkeleton, Skeleton, TableSkeleton } from "@/components/ui/skeleton";

export default function RunsLoading() {
  return (
    <div className="flex flex-col gap-4" role="status" aria-busy="true" aria-label="Loading runs">
      <PageHeadingSkeleton titleWidth="w-24" />
      <div className="flex gap-4">
        <Skeleton className="h-8 w-56" />
        <Skeleton className="h-8 w-44" />
      </div>
      <TableSkeleton rows={8} cells={["w-40", "w-20", "w-12", "w-32", "w-32", "w-28"]} />
    </div>
  );
}
