// The providers a scenario's `model` may name. One list for scenario validation (lib/sim) and the registry (lib/ai),
// kept free of imports so that browser code validating forms can use it too.

/** Providers reached over the network, named as "provider:model-id". */
export const networkProviderIds = ["openai", "anthropic", "google", "ollama", "openai-compatible"] as const;

/** Every provider, "scripted" (the side's own script, offline) last. */
export const providerIds = [...networkProviderIds, "scripted"] as const;
