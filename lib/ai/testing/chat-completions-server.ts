// A small server on 127.0.0.1 speaking the OpenAI chat-completions protocol (plain JSON and server-sent events),
// so tests drive the real SDK code path without leaving the machine.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReceivedRequest {
  method: string;
  path: string;
  authorization?: string;
  body: {
    model?: string;
    messages?: { role: string; content: unknown }[];
    stream?: boolean;
    stream_options?: { include_usage?: boolean };
    temperature?: number;
    max_tokens?: number;
  };
}

export type ServerReply =
  | { text: string; usage?: { prompt_tokens: number; completion_tokens: number }; finishReason?: string }
  | { status: number; message: string }
  | { hangUp: true };

export interface ChatCompletionsServer {
  /** Base URL including /v1, as providers expect it. */
  baseUrl: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

const defaultUsage = { prompt_tokens: 21, completion_tokens: 8 };

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

function sendCompletion(
  response: ServerResponse,
  model: string,
  reply: Extract<ServerReply, { text: string }>,
) {
  const usage = reply.usage ?? defaultUsage;
  sendJson(response, 200, {
    id: "chatcmpl-test",
    object: "chat.completion",
    created: 1_700_000_000,
    model,
    choices: [
      {
        index: 0,
        message: { role: "assistant", content: reply.text },
        finish_reason: reply.finishReason ?? "stop",
      },
    ],
    usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens },
  });
}

function sendStream(
  response: ServerResponse,
  model: string,
  reply: Extract<ServerReply, { text: string }>,
  includeUsage: boolean,
) {
  response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) =>
    `data: ${JSON.stringify({ id: "chatcmpl-test", object: "chat.completion.chunk", created: 1_700_000_000, model, choices, ...extra })}\n\n`;
  response.write(chunk([{ index: 0, delta: { role: "assistant", content: "" }, finish_reason: null }]));
  for (const piece of reply.text.match(/.{1,5}/gs) ?? []) {
    response.write(chunk([{ index: 0, delta: { content: piece }, finish_reason: null }]));
  }
  response.write(chunk([{ index: 0, delta: {}, finish_reason: reply.finishReason ?? "stop" }]));
  if (includeUsage) {
    const usage = reply.usage ?? defaultUsage;
    response.write(
      chunk([], { usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } }),
    );
  }
  response.end("data: [DONE]\n\n");
}

export interface ServerOptions {
  port?: number; // 0 (default): any free port
  delayMs?: number; // how long each reply takes, like a real model
}

/** Starts the server; `respond` decides each reply from the request and its 0-based index. */
export async function startChatCompletionsServer(
  respond: (request: ReceivedRequest, index: number) => ServerReply,
  { port = 0, delayMs = 0 }: ServerOptions = {},
): Promise<ChatCompletionsServer> {
  const requests: ReceivedRequest[] = [];
  const server = createServer(async (request, response) => {
    const text = await readBody(request);
    const received: ReceivedRequest = {
      method: request.method ?? "",
      path: request.url ?? "",
      authorization: request.headers.authorization,
      body: text ? JSON.parse(text) : {},
    };
    requests.push(received);
    if (received.method !== "POST" || received.path !== "/v1/chat/completions") {
      sendJson(response, 404, { error: { message: `no route ${received.method} ${received.path}` } });
      return;
    }
    const reply = respond(received, requests.length - 1);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const model = received.body.model ?? "unknown";
    if ("hangUp" in reply) response.socket?.destroy();
    else if ("status" in reply)
      sendJson(response, reply.status, { error: { message: reply.message, type: "server_error" } });
    else if (received.body.stream)
      sendStream(response, model, reply, received.body.stream_options?.include_usage === true);
    else sendCompletion(response, model, reply);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${address.port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A base URL on which nothing listens (a port that was free a moment ago). */
export async function unreachableBaseUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/v1`;
}
