"use client";

import { useActionState, useState } from "react";
import { buttonClasses } from "@/components/ui/button-styles";
import { errorProps, FormField, inputClasses } from "@/components/ui/form-field";
import type { ScenarioEditorState } from "./actions";

type EditorAction = (previous: ScenarioEditorState, formData: FormData) => Promise<ScenarioEditorState>;

/** Name plus the definition as YAML/JSON text; the server checks it with the engine's schema and lists the issues. */
export function ScenarioEditor({
  action,
  scenarioId,
  initialName,
  initialDefinition,
  submitLabel,
}: {
  action: EditorAction;
  scenarioId?: string;
  initialName: string;
  initialDefinition: string;
  submitLabel: string;
}) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const [name, setName] = useState(initialName);
  const [definition, setDefinition] = useState(initialDefinition);
  const errors = state.ok ? {} : state.fieldErrors;
  const issues = state.ok ? [] : (state.issues ?? []);

  return (
    <form action={formAction} noValidate className="flex flex-col gap-4" data-testid="scenario-editor">
      {scenarioId && <input type="hidden" name="scenarioId" value={scenarioId} />}
      <FormField id="name" label="Name" error={errors.name}>
        <input
          {...errorProps("name", errors.name)}
          className={`${inputClasses} max-w-md`}
          value={name}
          onChange={(event) => setName(event.target.value)}
          autoComplete="off"
        />
      </FormField>
      <FormField id="definition" label="Definition (YAML or JSON)" error={errors.definition}>
        <div aria-live="polite" data-testid="definition-issues">
          {issues.length > 0 && (
            <ul className="flex flex-col gap-1 rounded-md border border-bad/30 bg-bad-soft/50 px-4 py-2.5 font-mono text-xs text-bad">
              {issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          )}
        </div>
        <textarea
          {...errorProps("definition", errors.definition)}
          className={`${inputClasses} h-[28rem] resize-y py-2 font-mono text-xs leading-relaxed`}
          value={definition}
          onChange={(event) => setDefinition(event.target.value)}
          spellCheck={false}
        />
      </FormField>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          className={buttonClasses("primary")}
          disabled={pending}
          data-testid="save-scenario"
        >
          {pending ? "Saving…" : submitLabel}
        </button>
        <p aria-live="polite" className={`text-xs ${state.ok ? "text-ok" : "text-bad"}`}>
          {state.ok ? state.message : state.formError}
        </p>
      </div>
    </form>
  );
}
