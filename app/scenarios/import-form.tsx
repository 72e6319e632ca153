"use client";

import { useActionState } from "react";
import { buttonClasses } from "@/components/ui/button-styles";
import { errorProps } from "@/components/ui/form-field";
import { idleState } from "@/lib/validation/action-state";
import { importScenarioFileAction } from "./actions";

export function ImportForm() {
  const [state, formAction, pending] = useActionState(importScenarioFileAction, idleState);
  const error = state.ok ? undefined : (state.fieldErrors.file ?? state.formError);
  return (
    <section aria-labelledby="import-heading" className="rounded-lg border border-line bg-panel p-4">
      <h2 id="import-heading" className="text-[13px] font-semibold uppercase tracking-wide">
        Import
      </h2>
      <p className="mt-0.5 text-xs text-muted">
        A scenario file (<code>.json</code>, <code>.yaml</code>) joins the library. An old markdown report (
        <code>.md</code>) becomes a scenario that replays it and a finished run you can browse at once.
      </p>
      <form action={formAction} className="mt-3 flex flex-wrap items-center gap-3" data-testid="import-form">
        <input
          {...errorProps("file", error)}
          type="file"
          accept=".json,.yaml,.yml,.md,.markdown,application/json,text/yaml,text/markdown"
          className="text-[13px] file:mr-3 file:h-8 file:rounded-md file:border file:border-line-strong file:bg-panel file:px-3 file:text-[13px] file:font-medium hover:file:bg-stone-100"
        />
        <button
          type="submit"
          className={buttonClasses("secondary")}
          disabled={pending}
          data-testid="import-submit"
        >
          {pending ? "Importing…" : "Import"}
        </button>
      </form>
      <p id="file-error" aria-live="polite" data-testid="file-error" className="mt-2 text-xs text-bad">
        {error ?? ""}
      </p>
    </section>
  );
}
