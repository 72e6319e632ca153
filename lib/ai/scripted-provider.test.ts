import { generateText, streamText } from "ai";
import { describe, expect, it } from "vitest";
import { createChatModel } from "./registry";
import { createScriptedModel, ScriptExhaustedError } from "./scripted-provider";

const ask = { system: "You are helpful.", messages: [{ role: "user" as const, content: "Hello?" }] };

describe("scripted provider", () => {
  it("replays its script in order through the engine's ChatModel", async () => {
    const agent = createChatModel({ model: "scripted", script: ["First reply.", "Second reply."] }, {});
    expect((await agent.generate(ask)).text).toBe("First reply.");
    const second = await agent.generate(ask);
    expect(second.text).toBe("Second reply.");
    expect(second.finishReason).toBe("stop");
  });

  it("fails clearly, naming the side, when the script runs out", async () => {
    const human = createChatModel({ model: "scripted", opener: "Hi", script: ["Only one."] }, {});
    await human.generate(ask);
    const second = human.generate(ask);
    await expect(second).rejects.toBeInstanceOf(ScriptExhaustedError);
    await expect(human.generate(ask)).rejects.toThrow("scripted human ran out of script after 1 reply");
  });

  it("generates through generateText as a LanguageModelV4", async () => {
    const model = createScriptedModel({ replies: ["Plain answer."], side: "agent" });
    const result = await generateText({ model, instructions: "x", prompt: "y" });
    expect(result.text).toBe("Plain answer.");
  });

  it("streams a reply in several deltas that join to the scripted text", async () => {
    const reply = "  Session data lives on the server;\nthe cookie only names it.";
    const model = createScriptedModel({ replies: [reply, "next"], side: "agent" });
    const result = streamText({ model, instructions: "Be brief.", prompt: "Where is session data?" });
    const deltas: string[] = [];
    for await (const delta of result.textStream) deltas.push(delta);
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.join("")).toBe(reply);
    expect(await result.finishReason).toBe("stop");

    const secondCall = await generateText({ model, prompt: "again" });
    expect(secondCall.text).toBe("next");
  });

  it("stops before replying when the call is already aborted", async () => {
    const agent = createChatModel({ model: "scripted", script: ["unused", "used"] }, {});
    const controller = new AbortController();
    controller.abort();
    await expect(agent.generate({ ...ask, abortSignal: controller.signal })).rejects.toThrow();
    expect((await agent.generate(ask)).text).toBe("unused");
  });
});
