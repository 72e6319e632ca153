import { streamText } from "ai";
import { afterEach, describe, expect, it } from "vitest";
import {
  createChatModel,
  createLanguageModel,
  createModelsForScenario,
  listProviders,
  MissingKeyError,
  ModelIdError,
} from "./registry";
import {
  type ChatCompletionsServer,
  type ReceivedRequest,
  type ServerReply,
  startChatCompletionsServer,
  unreachableBaseUrl,
} from "./testing/chat-completions-server";

let server: ChatCompletionsServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(respond: (request: ReceivedRequest, index: number) => ServerReply) {
  server = await startChatCompletionsServer(respond);
  return server;
}

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  return (content as { text: string }[]).map((part) => part.text).join("");
}

const endpoints = [
  { spec: "openai-compatible:test-model", sentModel: "test-model", variable: "OPENAI_COMPATIBLE_BASE_URL" },
  { spec: "ollama:llama3.2:3b", sentModel: "llama3.2:3b", variable: "OLLAMA_BASE_URL" },
  { spec: "openai:gpt-4o-mini", sentModel: "gpt-4o-mini", variable: "OPENAI_BASE_URL" },
];

describe.each(endpoints)("$spec over the chat-completions protocol", ({ spec, sentModel, variable }) => {
  const envFor = (baseUrl: string) => ({ [variable]: baseUrl, OPENAI_API_KEY: "sk-openai-test" });

  it("sends instructions and the messages in order, and returns text, finish reason and usage", async () => {
    const { baseUrl, requests } = await serve(() => ({
      text: "Sessions expire after 30 minutes.",
      usage: { prompt_tokens: 42, completion_tokens: 9 },
    }));
    const model = createChatModel({ model: spec }, envFor(baseUrl));
    const response = await model.generate({
      system: "You are a terse assistant.",
      messages: [
        { role: "user", content: "How do sessions work?" },
        { role: "assistant", content: "They store state." },
        { role: "user", content: "When do they expire?" },
      ],
      temperature: 0.25,
      maxOutputTokens: 64,
    });

    expect(model.id).toBe(spec);
    expect(response).toEqual({
      text: "Sessions expire after 30 minutes.",
      finishReason: "stop",
      usage: { inputTokens: 42, outputTokens: 9 },
    });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request.path).toBe("/v1/chat/completions");
    expect(request.body.model).toBe(sentModel);
    expect(request.body.stream).toBeFalsy();
    expect(request.body.temperature).toBe(0.25);
    expect(
      request.body.max_tokens ?? (request.body as { max_completion_tokens?: number }).max_completion_tokens,
    ).toBe(64);
    expect(request.body.messages?.map((message) => [message.role, textOf(message.content)])).toEqual([
      ["system", "You are a terse assistant."],
      ["user", "How do sessions work?"],
      ["assistant", "They store state."],
      ["user", "When do they expire?"],
    ]);
  });

  it("streams server-sent events through the SDK, usage included", async () => {
    const reply = "Cookies hold the session id; the store holds the data.";
    const { baseUrl, requests } = await serve(() => ({
      text: reply,
      usage: { prompt_tokens: 17, completion_tokens: 13 },
    }));
    const result = streamText({
      model: createLanguageModel(spec, envFor(baseUrl)),
      instructions: "Be brief.",
      messages: [{ role: "user", content: "Where is the session kept?" }],
      maxRetries: 0,
    });
    const deltas: string[] = [];
    for await (const delta of result.textStream) deltas.push(delta);

    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join("")).toBe(reply);
    expect(await result.finishReason).toBe("stop");
    const usage = await result.usage;
    expect([usage.inputTokens, usage.outputTokens]).toEqual([17, 13]);
    const [request] = requests;
    expect(request.body.stream).toBe(true);
    expect(request.body.stream_options?.include_usage).toBe(true);
    expect(request.body.model).toBe(sentModel);
    expect(request.body.messages?.map((message) => message.role)).toEqual(["system", "user"]);
  });

  it("reports an HTTP error with its status and the server's message", async () => {
    const { baseUrl } = await serve(() => ({ status: 500, message: "the model crashed" }));
    const model = createChatModel({ model: spec }, envFor(baseUrl));
    const failure = model.generate({ system: "s", messages: [{ role: "user", content: "hi" }] });
    await expect(failure).rejects.toThrow(`HTTP 500 from ${baseUrl}/chat/completions: the model crashed`);
  });
});

describe("connection and configuration errors", () => {
  it("names the endpoint and the network error when nothing listens there", async () => {
    const baseUrl = await unreachableBaseUrl();
    const model = createChatModel({ model: "ollama:llama3.2" }, { OLLAMA_BASE_URL: baseUrl });
    await expect(model.generate({ system: "", messages: [{ role: "user", content: "hi" }] })).rejects.toThrow(
      `could not reach ${baseUrl}/chat/completions (ECONNREFUSED)`,
    );
  });

  it("says the connection broke when the server hangs up mid-request", async () => {
    const { baseUrl } = await serve(() => ({ hangUp: true }));
    const model = createChatModel(
      { model: "openai-compatible:local" },
      { OPENAI_COMPATIBLE_BASE_URL: baseUrl },
    );
    await expect(model.generate({ system: "", messages: [{ role: "user", content: "hi" }] })).rejects.toThrow(
      `connection to ${baseUrl}/chat/completions failed: other side closed`,
    );
  });

  it.each([
    ["openai:gpt-4o-mini", "OPENAI_API_KEY"],
    ["anthropic:claude-sonnet-4-5", "ANTHROPIC_API_KEY"],
    ["google:gemini-2.5-flash", "GOOGLE_GENERATIVE_AI_API_KEY"],
    ["openai-compatible:local", "OPENAI_COMPATIBLE_BASE_URL"],
  ])("%s without its variable fails before any call, naming %s", (model, variable) => {
    const create = () => createChatModel({ model }, { [variable]: "  " });
    expect(create).toThrow(MissingKeyError);
    expect(create).toThrow(`${variable} is not set`);
  });

  it("checks both sides of a scenario before anything runs", () => {
    const scenario = {
      agent: { model: "scripted", script: ["ok"] },
      human: { model: "anthropic:claude-haiku-4-5", opener: "Hi" },
    };
    expect(() => createModelsForScenario(scenario, {})).toThrow(/^ANTHROPIC_API_KEY is not set/);
    const models = createModelsForScenario(scenario, { ANTHROPIC_API_KEY: "sk-ant-test" });
    expect([models.agent.id, models.human.id]).toEqual(["scripted", "anthropic:claude-haiku-4-5"]);
  });

  it("rejects an unknown provider or a missing model id with the spec in the message", () => {
    expect(() => createChatModel({ model: "mistral:large" }, {})).toThrow(ModelIdError);
    expect(() => createChatModel({ model: "mistral:large" }, {})).toThrow(/unknown model "mistral:large"/);
    expect(() => createChatModel({ model: "openai:" }, { OPENAI_API_KEY: "k" })).toThrow(/names no model/);
  });

  it("lists every provider with its variable and whether the environment configures it", () => {
    const providers = listProviders({ OPENAI_API_KEY: "sk", OLLAMA_BASE_URL: "http://gpu-box:11434/v1" });
    const byId = Object.fromEntries(providers.map((provider) => [provider.id, provider]));
    expect(Object.keys(byId)).toEqual([
      "openai",
      "anthropic",
      "google",
      "ollama",
      "openai-compatible",
      "scripted",
    ]);
    expect(byId.openai).toMatchObject({ variable: "OPENAI_API_KEY", configured: true });
    expect(byId.anthropic).toMatchObject({ variable: "ANTHROPIC_API_KEY", configured: false });
    expect(byId["openai-compatible"]).toMatchObject({
      variable: "OPENAI_COMPATIBLE_BASE_URL",
      configured: false,
    });
    expect(byId.ollama.detail).toContain("http://gpu-box:11434/v1");
    expect(byId.scripted.configured).toBe(true);
  });
});
