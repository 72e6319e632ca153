"use client";

import { ErrorPanel } from "@/components/ui/error-panel";

export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel title="This page could not be loaded" error={error} retry={retry} />;
}
