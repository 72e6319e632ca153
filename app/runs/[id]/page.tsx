import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache, Suspense } from "react";
import { getRunDetail, getRunProgress } from "@/lib/db/queries/runs";
import { recordIdSchema } from "@/lib/validation/run-id";
import { RunSkeleton } from "./run-skeleton";
import { RunView } from "./run-view";

// One query per request, shared by the metadata and the page.
const loadRun = cache(async (id: string) => {
  const parsed = recordIdSchema.safeParse(id);
  return parsed.success ? getRunDetail({ id: parsed.data }) : null;
});

export async function generateMetadata(props: PageProps<"/runs/[id]">): Promise<Metadata> {
  const run = await loadRun((await props.params).id);
  return { title: run ? `${run.scenarioName} (${run.status})` : "Run not found" };
}

/**
 * The cheap existence check happens before the first byte is sent, so an unknown id answers with a real 404 status;
 * the run itself (which can be large) streams in behind the skeleton. Hence no loading.tsx in this segment.
 */
export default async function RunPage(props: PageProps<"/runs/[id]">) {
  const { id } = await props.params;
  const parsed = recordIdSchema.safeParse(id);
  const progress = parsed.success ? await getRunProgress({ id: parsed.data }) : null;
  if (!progress) notFound();
  const requested = Number.parseInt(String((await props.searchParams).tpage ?? ""), 10);
  return (
    <Suspense fallback={<RunSkeleton />}>
      <LoadedRun id={id} requestedPage={Number.isFinite(requested) ? requested : null} />
    </Suspense>
  );
}

async function LoadedRun({ id, requestedPage }: { id: string; requestedPage: number | null }) {
  const run = await loadRun(id);
  if (!run) notFound();
  return <RunView run={run} requestedPage={requestedPage} />;
}
