import { PageHeadingSkeleton, Skeleton, TableSkeleton } from "@/components/ui/skeleton";

export default function ScenariosLoading() {
  return (
    <div className="flex flex-col gap-4" role="status" aria-busy="true" aria-label="Loading scenarios">
      <PageHeadingSkeleton titleWidth="w-32" />
      <TableSkeleton rows={4} cells={["w-48", "w-10", "w-10", "w-32", "w-28"]} />
      <Skeleton className="h-28" />
    </div>
  );
}
