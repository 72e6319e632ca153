import { z } from "zod";

/** The scenario editor: a name and the definition as JSON or YAML text (checked by the engine's parser). */
export const scenarioFormSchema = z.object({
  name: z.string().trim().min(1, "Give the scenario a name").max(200, "Keep the name under 200 characters"),
  definition: z
    .string()
    .trim()
    .min(1, "Paste or write the scenario as JSON or YAML")
    .max(2_000_000, "The definition is too large (2 MB at most)"),
});

export type ScenarioFormField = keyof z.input<typeof scenarioFormSchema>;

const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** An uploaded scenario file (JSON/YAML) or old markdown report. */
export const importFileSchema = z.object({
  file: z
    .instanceof(File, { message: "Choose a file to import" })
    .refine((file) => file.size > 0, "Choose a file to import (this one is empty)")
    .refine((file) => file.size <= MAX_IMPORT_BYTES, "The file is larger than 10 MB"),
});

export type ImportFileField = keyof z.input<typeof importFileSchema>;

/** A markdown report of an earlier run, told apart from a scenario file by its name or first heading. */
export function looksLikeMarkdownReport(fileName: string, text: string): boolean {
  return /\.(md|markdown)$/i.test(fileName) || /^\s*# Simulation:/.test(text);
}
