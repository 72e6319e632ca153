import { Skeleton } from "@/components/ui/skeleton";

export default function NewScenarioLoading() {
  return (
    <div
      className="mx-auto flex w-full max-w-4xl flex-col gap-4"
      role="status"
      aria-busy="true"
      aria-label="Loading editor"
    >
      <div className="flex flex-col gap-2">
        <Skeleton className="h-3 w-24" />
        <Skeleton className="h-6 w-44" />
      </div>
      <div className="flex flex-col gap-4 rounded-lg border border-line bg-panel p-5">
        <Skeleton className="h-12 w-96" />
        <Skeleton className="h-[28rem]" />
        <Skeleton className="h-8 w-36" />
      </div>
    </div>
  );
}
