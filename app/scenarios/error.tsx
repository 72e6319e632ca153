"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

export default function ScenariosError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel title="The scenarios could not be loaded" error={error} retry={retry} />;
}
