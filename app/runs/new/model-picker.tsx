"use client";

import { errorProps, FormField, inputClasses } from "@/components/ui/form-field";

export interface ProviderOption {
  id: string;
  label: string;
  variable?: string;
  configured: boolean;
}

export interface ModelChoice {
  provider: string;
  modelId: string;
}

/** "openai:gpt-4o" → provider and model id; "scripted" has no model id. */
export function splitModelSpec(spec: string): ModelChoice {
  const colon = spec.indexOf(":");
  return colon === -1
    ? { provider: spec, modelId: "" }
    : { provider: spec.slice(0, colon), modelId: spec.slice(colon + 1) };
}

const sideLabel = { agent: "Agent", human: "Simulated human" } as const;

const examples: Record<string, string> = {
  openai: "gpt-4o-mini",
  anthropic: "claude-sonnet-4-5",
  google: "gemini-2.5-flash",
  ollama: "llama3.2",
  "openai-compatible": "the served model's name",
};

/** One side's model: a provider (those missing their key are disabled, naming the variable) and a model id. */
export function ModelPicker({
  side,
  providers,
  value,
  onChange,
  errors,
}: {
  side: "agent" | "human";
  providers: ProviderOption[];
  value: ModelChoice;
  onChange: (value: ModelChoice) => void;
  errors: { provider?: string; modelId?: string };
}) {
  const providerId = `${side}Provider`;
  const modelId = `${side}ModelId`;
  const scripted = value.provider === "scripted";
  const accent = side === "agent" ? "border-l-agent" : "border-l-human";

  return (
    <div
      className={`flex flex-col gap-3 rounded-md border border-line border-l-4 ${accent} bg-stone-50/60 p-3`}
    >
      <div
        className={`text-xs font-semibold uppercase tracking-wide ${side === "agent" ? "text-agent" : "text-human"}`}
      >
        {sideLabel[side]}
      </div>
      <FormField id={providerId} label="Provider" error={errors.provider}>
        <select
          {...errorProps(providerId, errors.provider)}
          className={inputClasses}
          value={value.provider}
          onChange={(event) => onChange({ provider: event.target.value, modelId: value.modelId })}
        >
          {providers.map((provider) => (
            <option key={provider.id} value={provider.id} disabled={!provider.configured}>
              {provider.configured ? provider.label : `${provider.label} (set ${provider.variable})`}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        id={modelId}
        label="Model id"
        error={errors.modelId}
        hint={scripted ? "Scripted models replay the scenario's script: no model id." : undefined}
      >
        <input
          {...errorProps(modelId, errors.modelId)}
          className={`${inputClasses} font-mono`}
          placeholder={scripted ? "—" : `e.g. ${examples[value.provider] ?? "model-name"}`}
          disabled={scripted}
          value={scripted ? "" : value.modelId}
          onChange={(event) => onChange({ provider: value.provider, modelId: event.target.value })}
          autoComplete="off"
          spellCheck={false}
        />
      </FormField>
    </div>
  );
}
