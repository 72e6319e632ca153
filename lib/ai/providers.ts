import { createAnthropic } from "@ai-sdk/anthropic";
import { createGoogle } from "@ai-sdk/google";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModelV4 } from "@ai-sdk/provider";
import type { ProviderId } from "./model-id";

/** The environment variables the providers read; passed in so that callers and tests choose them. */
export type ProviderEnv = Readonly<Record<string, string | undefined>>;

/** A provider that cannot be used because a variable it needs is unset. Raised before any run starts. */
export class MissingKeyError extends Error {
  constructor(
    readonly variable: string,
    readonly provider: ProviderId,
  ) {
    super(`${variable} is not set: the ${provider} provider needs it (set it in the environment or .env)`);
    this.name = "MissingKeyError";
  }
}

export const defaultOllamaBaseUrl = "http://localhost:11434/v1";

interface NetworkProvider {
  id: Exclude<ProviderId, "scripted">;
  label: string;
  /** The variable that must be set; absent when the provider works without one. */
  required?: string;
  /** Variables read when set, shown to users as optional settings. */
  optional: string[];
  create(modelId: string, env: ProviderEnv): LanguageModelV4;
}

function present(env: ProviderEnv, variable: string): string | undefined {
  const value = env[variable]?.trim();
  return value ? value : undefined;
}

function need(env: ProviderEnv, variable: string, provider: ProviderId): string {
  const value = present(env, variable);
  if (value === undefined) throw new MissingKeyError(variable, provider);
  return value;
}

// Base URLs are passed explicitly: the SDK would otherwise read process.env behind the caller's back.
export const networkProviders: readonly NetworkProvider[] = [
  {
    id: "openai",
    label: "OpenAI",
    required: "OPENAI_API_KEY",
    optional: ["OPENAI_BASE_URL"],
    create: (modelId, env) =>
      createOpenAI({
        apiKey: need(env, "OPENAI_API_KEY", "openai"),
        baseURL: present(env, "OPENAI_BASE_URL") ?? "https://api.openai.com/v1",
      }).chat(modelId),
  },
  {
    id: "anthropic",
    label: "Anthropic",
    required: "ANTHROPIC_API_KEY",
    optional: ["ANTHROPIC_BASE_URL"],
    create: (modelId, env) =>
      createAnthropic({
        apiKey: need(env, "ANTHROPIC_API_KEY", "anthropic"),
        baseURL: present(env, "ANTHROPIC_BASE_URL") ?? "https://api.anthropic.com/v1",
      })(modelId),
  },
  {
    id: "google",
    label: "Google Gemini",
    required: "GOOGLE_GENERATIVE_AI_API_KEY",
    optional: [],
    create: (modelId, env) =>
      createGoogle({ apiKey: need(env, "GOOGLE_GENERATIVE_AI_API_KEY", "google") })(modelId),
  },
  {
    id: "ollama",
    label: "Ollama",
    optional: ["OLLAMA_BASE_URL"],
    create: (modelId, env) =>
      createOpenAICompatible({
        name: "ollama",
        baseURL: present(env, "OLLAMA_BASE_URL") ?? defaultOllamaBaseUrl,
        includeUsage: true,
      })(modelId),
  },
  {
    id: "openai-compatible",
    label: "OpenAI-compatible endpoint",
    required: "OPENAI_COMPATIBLE_BASE_URL",
    // Optional: local servers (llama.cpp, vLLM, LM Studio) usually take no key; hosted ones get it as a Bearer token.
    optional: ["OPENAI_COMPATIBLE_API_KEY"],
    create: (modelId, env) =>
      createOpenAICompatible({
        name: "openai-compatible",
        baseURL: need(env, "OPENAI_COMPATIBLE_BASE_URL", "openai-compatible"),
        apiKey: present(env, "OPENAI_COMPATIBLE_API_KEY"),
        includeUsage: true,
      })(modelId),
  },
];

export interface ProviderInfo {
  id: ProviderId;
  label: string;
  /** The variable the provider needs (or, for ollama, the optional base URL). */
  variable?: string;
  configured: boolean;
  /** One line for users: where it connects or what it does. */
  detail: string;
}

/** What each provider needs and whether this environment has it; for the CLI's help and the dashboard. */
export function describeProviders(env: ProviderEnv): ProviderInfo[] {
  const network = networkProviders.map((provider): ProviderInfo => {
    const variable = provider.required ?? provider.optional[0];
    const configured = provider.required === undefined || present(env, provider.required) !== undefined;
    const detail =
      provider.id === "ollama"
        ? `OpenAI-compatible endpoint at ${present(env, "OLLAMA_BASE_URL") ?? `${defaultOllamaBaseUrl} (default)`}`
        : configured
          ? `${variable} is set`
          : `set ${variable} to use it`;
    return { id: provider.id, label: provider.label, variable, configured, detail };
  });
  const scripted: ProviderInfo = {
    id: "scripted",
    label: "Scripted",
    configured: true,
    detail: "replays the side's script, offline",
  };
  return [...network, scripted];
}
