"use client";

import { useActionState } from "react";
import { buttonClasses } from "@/components/ui/button-styles";
import { idleState } from "@/lib/validation/action-state";
import { deleteScenarioAction } from "./actions";

export function DeleteScenarioButton({
  scenarioId,
  name,
  compact,
}: {
  scenarioId: string;
  name: string;
  compact?: boolean;
}) {
  const [state, formAction, pending] = useActionState(deleteScenarioAction, idleState);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm(`Delete the scenario "${name}"? Its runs are kept.`)) event.preventDefault();
      }}
      className="flex items-center gap-2"
    >
      <input type="hidden" name="scenarioId" value={scenarioId} />
      <button
        type="submit"
        className={buttonClasses(compact ? "ghost" : "danger", compact ? "h-7 px-2 text-bad" : "")}
        disabled={pending}
        data-testid="delete-scenario"
        aria-label={`Delete ${name}`}
      >
        {pending ? "Deleting…" : "Delete"}
      </button>
      <span aria-live="polite" className="text-xs text-bad">
        {!state.ok ? state.formError : ""}
      </span>
    </form>
  );
}
