import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getRunDetail } from "@/lib/db/queries/runs";
import { recordIdSchema } from "@/lib/validation/run-id";
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

export default async function RunPage(props: PageProps<"/runs/[id]">) {
  const { id } = await props.params;
  const search = await props.searchParams;
  const run = await loadRun(id);
  if (!run) notFound();
  const requested = Number.parseInt(String(search.tpage ?? ""), 10);
  return <RunView run={run} requestedPage={Number.isFinite(requested) ? requested : null} />;
}
