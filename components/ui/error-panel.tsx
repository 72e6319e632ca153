"use client";

import { useEffect } from "react";
import { buttonClasses } from "./button-styles";

/** The body of every error.tsx: what failed, in words, and a retry that re-fetches the segment. */
export function ErrorPanel({ title, error, retry }: { title: string; error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : undefined;
  return (
    <div
      role="alert"
      data-testid="error-panel"
      className="mx-auto mt-12 flex max-w-lg flex-col gap-3 rounded-lg border border-bad/30 bg-panel p-6"
    >
      <h1 className="text-lg font-semibold">{title}</h1>
      <p className="text-muted">
        The server could not load this page. If PostgreSQL or the worker was restarting, trying again usually
        works.
      </p>
      {digest && <p className="font-mono text-xs text-faint">Error reference: {digest}</p>}
      <div>
        <button type="button" onClick={() => retry()} className={buttonClasses("primary")}>
          Try again
        </button>
      </div>
    </div>
  );
}
