import { APICallError } from "@ai-sdk/provider";

/** A model call that failed, with a one-line message a user can act on; the SDK error stays as `cause`. */
export class ModelCallError extends Error {
  constructor(
    message: string,
    readonly modelId: string,
    readonly statusCode?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ModelCallError";
  }
}

function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = current.cause;
  }
  return undefined;
}

// Codes meaning nothing answered at that address, as opposed to a connection that broke midway.
const unreachableCodes = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ETIMEDOUT",
  "EAI_AGAIN",
]);

function deepestMessage(error: Error): string {
  let current: Error = error;
  while (current.cause instanceof Error) current = current.cause;
  return current.message;
}

function oneLine(text: string, limit = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > limit ? `${flat.slice(0, limit)}…` : flat;
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");
}

/** Turns whatever the SDK threw into a one-line ModelCallError (the engine adds which side and model failed). */
export function toModelCallError(error: unknown, modelId: string): ModelCallError {
  if (error instanceof ModelCallError) return error;
  if (APICallError.isInstance(error)) {
    if (error.statusCode === undefined) {
      const code = networkCode(error.cause);
      const message =
        code && unreachableCodes.has(code)
          ? `could not reach ${error.url} (${code})`
          : `connection to ${error.url} failed: ${oneLine(deepestMessage(error))}${code ? ` (${code})` : ""}`;
      return new ModelCallError(message, modelId, undefined, { cause: error });
    }
    const detail = oneLine(error.message || error.responseBody || "");
    return new ModelCallError(
      `HTTP ${error.statusCode} from ${error.url}${detail ? `: ${detail}` : ""}`,
      modelId,
      error.statusCode,
      { cause: error },
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ModelCallError(oneLine(message, 300), modelId, undefined, { cause: error });
}
