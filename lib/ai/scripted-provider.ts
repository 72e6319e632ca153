import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4FinishReason,
  LanguageModelV4GenerateResult,
  LanguageModelV4StreamPart,
  LanguageModelV4StreamResult,
  LanguageModelV4Usage,
} from "@ai-sdk/provider";

/** Thrown when a scripted side is asked for one reply more than its script holds. */
export class ScriptExhaustedError extends Error {
  constructor(
    readonly side: string,
    readonly repliesGiven: number,
  ) {
    super(
      `scripted ${side} ran out of script after ${repliesGiven} ${repliesGiven === 1 ? "reply" : "replies"}`,
    );
    this.name = "ScriptExhaustedError";
  }
}

export interface ScriptedModelOptions {
  /** The replies, returned one per call in this order. */
  replies: readonly string[];
  /** Which side this model plays ("agent", "human"); named in the ran-out error. */
  side: string;
  modelId?: string;
}

const stopReason: LanguageModelV4FinishReason = { unified: "stop", raw: "stop" };

// The script knows nothing of tokens; leaving usage undefined keeps reports honest about it.
const unknownUsage: LanguageModelV4Usage = {
  inputTokens: { total: undefined, noCache: undefined, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: undefined, text: undefined, reasoning: undefined },
};

/**
 * A LanguageModelV4 that replays a fixed list of replies, one per call, in order. It is how scripted scenarios
 * and imported reports run offline, through the same AI SDK path as any other provider.
 */
export function createScriptedModel({
  replies,
  side,
  modelId = "script",
}: ScriptedModelOptions): LanguageModelV4 {
  const script = [...replies];
  let nextReply = 0;

  function takeReply(options: LanguageModelV4CallOptions): string {
    options.abortSignal?.throwIfAborted();
    if (nextReply >= script.length) throw new ScriptExhaustedError(side, script.length);
    const reply = script[nextReply];
    nextReply += 1;
    return reply;
  }

  return {
    specificationVersion: "v4",
    provider: "scripted",
    modelId,
    supportedUrls: {},

    async doGenerate(options): Promise<LanguageModelV4GenerateResult> {
      const text = takeReply(options);
      return {
        content: [{ type: "text", text }],
        finishReason: stopReason,
        usage: unknownUsage,
        warnings: [],
      };
    },

    async doStream(options): Promise<LanguageModelV4StreamResult> {
      const text = takeReply(options);
      const parts: LanguageModelV4StreamPart[] = [
        { type: "stream-start", warnings: [] },
        { type: "text-start", id: "0" },
        ...splitIntoChunks(text).map(
          (delta): LanguageModelV4StreamPart => ({ type: "text-delta", id: "0", delta }),
        ),
        { type: "text-end", id: "0" },
        { type: "finish", finishReason: stopReason, usage: unknownUsage },
      ];
      return {
        stream: new ReadableStream({
          start(controller) {
            for (const part of parts) controller.enqueue(part);
            controller.close();
          },
        }),
      };
    },
  };
}

/** Word-sized deltas (each keeps its trailing whitespace), so streaming consumers see a real stream. */
function splitIntoChunks(text: string): string[] {
  const leading = text.match(/^\s+/)?.[0] ?? "";
  const words = text.slice(leading.length).match(/\S+\s*/g) ?? [];
  if (words.length === 0) return [text];
  words[0] = leading + words[0];
  return words;
}
