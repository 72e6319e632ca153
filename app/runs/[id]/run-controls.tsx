"use client";

import { useActionState } from "react";
import { buttonClasses } from "@/components/ui/button-styles";
import { idleState } from "@/lib/validation/action-state";
import { cancelRunAction, runAgainAction } from "../actions";

/** Cancel (while the run is active) and Run again, each a form posting to its server action. */
export function RunControls({ runId, active }: { runId: string; active: boolean }) {
  const [cancelState, cancel, cancelling] = useActionState(cancelRunAction, idleState);
  const [againState, runAgain, starting] = useActionState(runAgainAction, idleState);
  const error =
    (!cancelState.ok && cancelState.formError) || (!againState.ok && againState.formError) || undefined;
  // "Cancelling…" holds only while the run is still active; once it has stopped the status badge says so.
  const stale = !active && "outcome" in cancelState && cancelState.outcome === "stopping";
  const notice = cancelState.ok && !stale ? cancelState.message : undefined;

  return (
    <>
      {active && (
        <form action={cancel}>
          <input type="hidden" name="runId" value={runId} />
          <button
            type="submit"
            className={buttonClasses("danger")}
            disabled={cancelling || notice !== undefined}
            data-testid="cancel-run"
          >
            {cancelling || notice ? "Cancelling…" : "Cancel"}
          </button>
        </form>
      )}
      <form action={runAgain}>
        <input type="hidden" name="runId" value={runId} />
        <button
          type="submit"
          className={buttonClasses("primary")}
          disabled={starting}
          data-testid="run-again"
        >
          {starting ? "Starting…" : "Run again"}
        </button>
      </form>
      <p aria-live="polite" className={`basis-full text-right text-xs ${error ? "text-bad" : "text-muted"}`}>
        {error ?? notice ?? ""}
      </p>
    </>
  );
}
