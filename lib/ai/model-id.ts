import { providerIds } from "../sim/model-providers";

export { providerIds };
export type ProviderId = (typeof providerIds)[number];

export interface ModelRef {
  provider: ProviderId;
  /** The provider's own model id; "script" for scripted models, which need none. */
  modelId: string;
}

/** A model id that cannot be used: unknown provider, or no model after the colon. */
export class ModelIdError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ModelIdError";
  }
}

function isProviderId(value: string): value is ProviderId {
  return (providerIds as readonly string[]).includes(value);
}

/** Parses "provider:model-id" (the model id may itself contain colons, as in "ollama:llama3.2:3b"). */
export function parseModelId(spec: string): ModelRef {
  const trimmed = spec.trim();
  if (trimmed === "scripted") return { provider: "scripted", modelId: "script" };
  const colon = trimmed.indexOf(":");
  const provider = colon === -1 ? trimmed : trimmed.slice(0, colon);
  const modelId = colon === -1 ? "" : trimmed.slice(colon + 1).trim();
  if (!isProviderId(provider)) {
    throw new ModelIdError(
      `unknown model "${spec}": expected "provider:model-id" with provider one of ${providerIds.join(", ")}`,
    );
  }
  if (provider === "scripted") return { provider, modelId: modelId || "script" };
  if (!modelId) throw new ModelIdError(`model "${spec}" names no model after "${provider}:"`);
  return { provider, modelId };
}
