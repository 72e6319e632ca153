import { z } from "zod";

/** A run or scenario id as it arrives from a form or URL: checked for shape before any query sees it. */
export const recordIdSchema = z
  .string()
  .trim()
  .min(1, "missing id")
  .max(64, "id too long")
  .regex(/^[A-Za-z0-9_-]+$/, "not a valid id");

export const runIdFormSchema = z.object({ runId: recordIdSchema });
