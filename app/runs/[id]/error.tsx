"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

export default function RunError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel title="This run could not be loaded" error={error} retry={retry} />;
}
