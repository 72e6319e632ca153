"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

export default function RunsError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel title="The runs could not be loaded" error={error} retry={retry} />;
}
