import type { LanguageModelV4 } from "@ai-sdk/provider";
import { generateText, type ModelMessage } from "ai";
import type { ChatModel, ChatRequest, ChatResponse, Usage } from "../sim/types";
import { isAbortError, toModelCallError } from "./model-errors";
import { ScriptExhaustedError } from "./scripted-provider";

export interface ChatModelDefaults {
  temperature?: number;
  maxOutputTokens?: number;
}

function usageOf(inputTokens: number | undefined, outputTokens: number | undefined): Usage | undefined {
  if (inputTokens === undefined && outputTokens === undefined) return undefined;
  return { inputTokens, outputTokens };
}

/**
 * The engine's ChatModel over any AI SDK language model. Retries are off: a simulation records what happened,
 * and a silent retry would hide failures and distort latency.
 */
export function toChatModel(id: string, model: LanguageModelV4, defaults: ChatModelDefaults = {}): ChatModel {
  return {
    id,
    async generate(request: ChatRequest): Promise<ChatResponse> {
      const messages: ModelMessage[] = request.messages.map((message) => ({
        role: message.role,
        content: message.content,
      }));
      try {
        const result = await generateText({
          model,
          instructions: request.system || undefined,
          messages,
          temperature: request.temperature ?? defaults.temperature,
          maxOutputTokens: request.maxOutputTokens ?? defaults.maxOutputTokens,
          abortSignal: request.abortSignal,
          maxRetries: 0,
        });
        return {
          text: result.text,
          finishReason: result.finishReason,
          usage: usageOf(result.usage.inputTokens, result.usage.outputTokens),
        };
      } catch (error) {
        if (error instanceof ScriptExhaustedError || isAbortError(error)) throw error;
        throw toModelCallError(error, id);
      }
    },
  };
}
