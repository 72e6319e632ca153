import { z } from "zod";
import { providerIds } from "../ai/model-id";
import { recordIdSchema } from "./run-id";

/** The New simulation form: a library scenario plus the settings the form may override. */
export const launchRunSchema = z
  .object({
    scenarioId: z
      .string({ message: "Choose a scenario" })
      .trim()
      .min(1, "Choose a scenario")
      .pipe(recordIdSchema),
    agentProvider: z.enum(providerIds, { message: "Choose the agent's provider" }),
    agentModelId: z.string().trim().max(200, "Model id is too long").default(""),
    humanProvider: z.enum(providerIds, { message: "Choose the human's provider" }),
    humanModelId: z.string().trim().max(200, "Model id is too long").default(""),
    turns: z.coerce
      .number({ message: "Turns must be a whole number" })
      .int("Turns must be a whole number")
      .min(1, "At least 1 turn")
      .max(10_000, "At most 10,000 turns"),
    budget: z.coerce
      .number({ message: "Budget must be a whole number of tokens" })
      .int("Budget must be a whole number of tokens")
      .min(1, "Budget must be at least 1 token")
      .max(10_000_000, "Budget must be at most 10,000,000 tokens"),
    tokenizer: z.enum(["estimate", "o200k_base", "cl100k_base"], { message: "Choose a tokenizer" }),
    policy: z.enum(["recent"], { message: "Choose a policy" }),
  })
  // Runs even when other fields failed, so every wrong field is reported at once.
  .superRefine(
    (input, ctx) => {
      for (const side of ["agent", "human"] as const) {
        const modelId = input[`${side}ModelId`];
        if (typeof modelId !== "string") continue;
        if (input[`${side}Provider`] !== "scripted" && modelId === "") {
          ctx.addIssue({
            code: "custom",
            path: [`${side}ModelId`],
            message: "Enter a model id, e.g. gpt-4o-mini",
          });
        } else if (/\s/.test(modelId)) {
          ctx.addIssue({ code: "custom", path: [`${side}ModelId`], message: "A model id has no spaces" });
        }
      }
    },
    { when: () => true },
  );

export type LaunchRunInput = z.output<typeof launchRunSchema>;
export type LaunchRunField = keyof z.input<typeof launchRunSchema>;

/** The scenario's model string for a provider and model id ("scripted" takes no id). */
export function toModelSpec(provider: LaunchRunInput["agentProvider"], modelId: string): string {
  return provider === "scripted" ? "scripted" : `${provider}:${modelId}`;
}
