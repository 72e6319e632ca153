"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

export default function NewRunError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel title="The new simulation form could not be loaded" error={error} retry={retry} />;
}
