import type { LanguageModelV4 } from "@ai-sdk/provider";
import type { ChatModel, Side } from "../sim/types";
import { toChatModel } from "./chat-model";
import { parseModelId } from "./model-id";
import { describeProviders, networkProviders, type ProviderEnv, type ProviderInfo } from "./providers";
import { createScriptedModel } from "./scripted-provider";

export { ModelCallError } from "./model-errors";
export { ModelIdError, type ProviderId, parseModelId, providerIds } from "./model-id";
export { MissingKeyError, type ProviderEnv, type ProviderInfo } from "./providers";
export { ScriptExhaustedError } from "./scripted-provider";

/** What the registry needs from a scenario side (Scenario["agent"] and Scenario["human"] both fit). */
export interface ModelSettings {
  model: string;
  script?: readonly string[];
  temperature?: number;
  maxOutputTokens?: number;
  opener?: string;
}

// The one place lib/ai looks at the process environment; every function takes `env` to override it.
const processEnv = (): ProviderEnv => process.env;

/**
 * The AI SDK language model for "provider:model-id". Throws MissingKeyError (naming the variable) when the
 * provider needs one that is unset, and ModelIdError for an unknown provider.
 */
export function createLanguageModel(
  spec: string,
  env: ProviderEnv = processEnv(),
  scripted: { replies: readonly string[]; side: string } = { replies: [], side: "model" },
): LanguageModelV4 {
  const { provider, modelId } = parseModelId(spec);
  if (provider === "scripted") return createScriptedModel({ ...scripted, modelId });
  const definition = networkProviders.find((candidate) => candidate.id === provider);
  if (!definition) throw new Error(`provider ${provider} has no definition`);
  return definition.create(modelId, env);
}

/** The engine's ChatModel for one side of a scenario. The human side is told apart by its opener. */
export function createChatModel(
  settings: ModelSettings,
  env: ProviderEnv = processEnv(),
  side: Side = settings.opener === undefined ? "agent" : "human",
): ChatModel {
  const model = createLanguageModel(settings.model, env, { replies: settings.script ?? [], side });
  return toChatModel(settings.model, model, {
    temperature: settings.temperature,
    maxOutputTokens: settings.maxOutputTokens,
  });
}

/** Both sides' models, created before the run starts so a missing key fails early. */
export function createModelsForScenario(
  scenario: { agent: ModelSettings; human: ModelSettings },
  env: ProviderEnv = processEnv(),
): { agent: ChatModel; human: ChatModel } {
  return {
    agent: createChatModel(scenario.agent, env, "agent"),
    human: createChatModel(scenario.human, env, "human"),
  };
}

/** Every provider, what it needs, and whether `env` provides it. */
export function listProviders(env: ProviderEnv = processEnv()): ProviderInfo[] {
  return describeProviders(env);
}
