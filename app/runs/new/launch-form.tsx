"use client";

import { startTransition, useActionState, useState } from "react";
import { buttonClasses } from "@/components/ui/button-styles";
import { errorProps, FormField, inputClasses } from "@/components/ui/form-field";
import { idleState } from "@/lib/validation/action-state";
import { launchRunAction } from "../actions";
import { ModelPicker, type ProviderOption, splitModelSpec } from "./model-picker";

export interface LaunchScenario {
  id: string;
  name: string;
  version: number;
  turns: number;
  budget: number;
  tokenizer: string;
  agentModel: string;
  humanModel: string;
}

const tokenizers = [
  { value: "o200k_base", label: "o200k_base", hint: "GPT-4o and later" },
  { value: "cl100k_base", label: "cl100k_base", hint: "GPT-4, GPT-3.5" },
  { value: "estimate", label: "estimate", hint: "4 characters per token" },
];

function valuesFor(scenario: LaunchScenario) {
  return {
    scenarioId: scenario.id,
    agent: splitModelSpec(scenario.agentModel),
    human: splitModelSpec(scenario.humanModel),
    turns: String(scenario.turns),
    budget: String(scenario.budget),
    tokenizer: scenario.tokenizer,
    policy: "recent",
  };
}

export function LaunchForm({
  scenarios,
  providers,
  initialScenarioId,
}: {
  scenarios: LaunchScenario[];
  providers: ProviderOption[];
  initialScenarioId: string;
}) {
  const [state, formAction, pending] = useActionState(launchRunAction, idleState);
  const initial = scenarios.find((scenario) => scenario.id === initialScenarioId) ?? scenarios[0];
  // Controlled fields: a failed submit keeps what the user typed.
  const [values, setValues] = useState(() => valuesFor(initial));
  const errors = state.ok ? {} : state.fieldErrors;
  const missing = providers.filter((provider) => !provider.configured);
  const set = (change: Partial<typeof values>) => setValues((current) => ({ ...current, ...change }));

  return (
    <form
      action={formAction}
      // Submitting through a transition skips React's automatic form reset, which would lose controlled selects.
      onSubmit={(event) => {
        event.preventDefault();
        const formData = new FormData(event.currentTarget);
        startTransition(() => formAction(formData));
      }}
      noValidate
      className="flex flex-col gap-5 rounded-lg border border-line bg-panel p-5"
      data-testid="launch-form"
    >
      <p
        role="alert"
        aria-live="assertive"
        data-testid="form-error"
        className="text-sm text-bad empty:hidden"
      >
        {!state.ok ? state.formError : ""}
      </p>
      <FormField id="scenarioId" label="Scenario" error={errors.scenarioId}>
        <select
          {...errorProps("scenarioId", errors.scenarioId)}
          className={inputClasses}
          value={values.scenarioId}
          onChange={(event) => {
            const chosen = scenarios.find((scenario) => scenario.id === event.target.value);
            if (chosen) setValues(valuesFor(chosen));
          }}
        >
          {scenarios.map((scenario) => (
            <option key={scenario.id} value={scenario.id}>
              {scenario.name} (v{scenario.version})
            </option>
          ))}
        </select>
      </FormField>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="sr-only">Models</legend>
        <ModelPicker
          side="agent"
          providers={providers}
          value={values.agent}
          onChange={(agent) => set({ agent })}
          errors={{ provider: errors.agentProvider, modelId: errors.agentModelId }}
        />
        <ModelPicker
          side="human"
          providers={providers}
          value={values.human}
          onChange={(human) => set({ human })}
          errors={{ provider: errors.humanProvider, modelId: errors.humanModelId }}
        />
      </fieldset>
      {missing.length > 0 && (
        <p className="-mt-2 text-xs text-faint" data-testid="missing-keys">
          Providers shown disabled need a variable set in the server's environment:{" "}
          {missing.map((provider) => `${provider.label}: ${provider.variable}`).join(" · ")}.
        </p>
      )}

      <div className="grid gap-4 sm:grid-cols-4">
        <FormField id="turns" label="Turns" error={errors.turns}>
          <input
            {...errorProps("turns", errors.turns)}
            className={inputClasses}
            inputMode="numeric"
            value={values.turns}
            onChange={(event) => set({ turns: event.target.value })}
          />
        </FormField>
        <FormField id="budget" label="Token budget" error={errors.budget}>
          <input
            {...errorProps("budget", errors.budget)}
            className={inputClasses}
            inputMode="numeric"
            value={values.budget}
            onChange={(event) => set({ budget: event.target.value })}
          />
        </FormField>
        <FormField
          id="tokenizer"
          label="Tokenizer"
          error={errors.tokenizer}
          hint={tokenizers.find((tokenizer) => tokenizer.value === values.tokenizer)?.hint}
        >
          <select
            {...errorProps("tokenizer", errors.tokenizer)}
            className={inputClasses}
            value={values.tokenizer}
            onChange={(event) => set({ tokenizer: event.target.value })}
          >
            {tokenizers.map((tokenizer) => (
              <option key={tokenizer.value} value={tokenizer.value}>
                {tokenizer.label}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          id="policy"
          label="Context policy"
          error={errors.policy}
          hint="Newest artifacts that fit the budget"
        >
          <select
            {...errorProps("policy", errors.policy)}
            className={inputClasses}
            value={values.policy}
            onChange={(event) => set({ policy: event.target.value })}
          >
            <option value="recent">recent</option>
          </select>
        </FormField>
      </div>

      <div className="flex items-center justify-end gap-3 border-t border-line pt-4">
        {pending && <span className="text-xs text-muted">Creating the run…</span>}
        <button
          type="submit"
          className={buttonClasses("primary")}
          disabled={pending}
          data-testid="launch-run"
        >
          Launch simulation
        </button>
      </div>
    </form>
  );
}
