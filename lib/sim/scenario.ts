import { parseDocument } from "yaml";
import { z } from "zod";
import { networkProviderIds } from "./model-providers";

const MODEL_PATTERN = new RegExp(`^(scripted|(${networkProviderIds.join("|")}):\\S+)$`);
const MODEL_HINT = `expected "provider:model-id" (${networkProviderIds.map((p) => `${p}:`).join(", ")}) or "scripted"`;

const modelSchema = z
  .string()
  .regex(MODEL_PATTERN, { error: (issue) => `${MODEL_HINT}, got ${JSON.stringify(issue.input)}` });
const scriptSchema = z.array(z.string()).optional();
const temperatureSchema = z.number().min(0).max(2).optional();
const maxOutputTokensSchema = z.int().positive().optional();
const MAX_TURNS = 10_000;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A scripted side replies once per turn; the human's turn 0 is its opener, so it needs one reply fewer. */
function checkScript(
  side: { model: string; script?: string[] },
  who: "agent" | "human",
  turns: number,
  ctx: z.RefinementCtx,
) {
  // Turns that are themselves invalid have their own issue; a script length against them would only add noise.
  if (side.model !== "scripted" || !Number.isInteger(turns) || turns < 1 || turns > MAX_TURNS) return;
  const needed = who === "agent" ? turns : turns - 1;
  const replies = side.script?.length ?? 0;
  if (replies >= needed) return;
  const most = who === "agent" ? replies : replies + 1;
  ctx.addIssue({
    code: "custom",
    path: [who, "script"],
    message:
      replies === 0
        ? 'a "scripted" model needs a script: one reply per turn'
        : `has ${count(replies, "reply", "replies")}, but ${count(turns, "turn", "turns")} need ${needed} from the ${who} (at most ${count(most, "turn", "turns")})`,
  });
}

export const agentSchema = z.strictObject({
  model: modelSchema,
  system: z.string(),
  script: scriptSchema,
  temperature: temperatureSchema,
  maxOutputTokens: maxOutputTokensSchema,
});

export const humanSchema = z.strictObject({
  model: modelSchema,
  system: z.string(),
  opener: z.string().min(1),
  script: scriptSchema,
  temperature: temperatureSchema,
  maxOutputTokens: maxOutputTokensSchema,
});

export const scenarioSchema = z
  .strictObject({
    name: z.string().min(1),
    // The range first: for 1e30 "<=10000" is the message that helps, not the safe-integer limit.
    turns: z.number().min(1).max(MAX_TURNS).int(),
    budget: z.int().positive(),
    tokenizer: z.enum(["estimate", "o200k_base", "cl100k_base"]).default("o200k_base"),
    policy: z.enum(["recent"]).default("recent"),
    agent: agentSchema,
    human: humanSchema,
  })
  .superRefine((scenario, ctx) => {
    checkScript(scenario.agent, "agent", scenario.turns, ctx);
    checkScript(scenario.human, "human", scenario.turns, ctx);
  });

/** A validated scenario with defaults applied. */
export type Scenario = z.output<typeof scenarioSchema>;
/** What a scenario file may contain (defaults not yet applied). */
export type ScenarioInput = z.input<typeof scenarioSchema>;

export interface ScenarioIssue {
  path: string; // "agent.model", "turns", "" for the whole document
  message: string;
}

/** Bad scenario input. The message is one line: `SOURCE: FIELD: what is wrong`. */
export class ScenarioError extends Error {
  constructor(
    readonly source: string,
    readonly issues: ScenarioIssue[],
  ) {
    super(`${source}: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ")}`);
    this.name = "ScenarioError";
  }
}

function describeIssue(issue: z.core.$ZodIssue): ScenarioIssue {
  const path = issue.path.map(String).join(".");
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((key) => (path ? `${path}.${key}` : key));
    return { path: keys.join(", "), message: keys.length > 1 ? "unknown keys" : "unknown key" };
  }
  if (issue.code === "invalid_type" && issue.message.endsWith("received undefined")) {
    return { path, message: `required (${issue.expected})` };
  }
  if (issue.code === "too_big" && issue.origin === "number") {
    return { path, message: `must be at most ${issue.maximum}` };
  }
  if (issue.code === "too_small" && issue.origin === "number") {
    const positive = issue.minimum === 0 && !issue.inclusive;
    return { path, message: positive ? "must be more than 0" : `must be at least ${issue.minimum}` };
  }
  if (issue.code === "too_small" && issue.origin === "string" && issue.minimum === 1) {
    return { path, message: "must not be empty" };
  }
  const message = issue.message.replace(/^Invalid (input|option): /, "");
  if (!path && issue.code === "invalid_type")
    return { path, message: message.replace(/^expected object/, "expected a scenario object") };
  return { path, message };
}

/** One issue per field: the first zod reports, which is the most basic. */
function firstPerField(issues: ScenarioIssue[]): ScenarioIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    if (seen.has(issue.path)) return false;
    seen.add(issue.path);
    return true;
  });
}

export function parseScenario(value: unknown, source: string): Scenario {
  const parsed = scenarioSchema.safeParse(value);
  if (!parsed.success) throw new ScenarioError(source, firstPerField(parsed.error.issues.map(describeIssue)));
  return parsed.data;
}

function looksLikeJson(text: string, source: string): boolean {
  const lowerSource = source.toLowerCase();
  if (lowerSource.endsWith(".json")) return true;
  // YAML flow style ("{name: demo, ...}") starts like JSON too; a YAML extension decides.
  if (/\.ya?ml$/.test(lowerSource)) return false;
  return /^\s*[{[]/.test(text);
}

function parseDocumentText(text: string, source: string): unknown {
  if (looksLikeJson(text, source)) {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new ScenarioError(source, [{ path: "", message: `not valid JSON: ${(error as Error).message}` }]);
    }
  }
  const document = parseDocument(text);
  const [firstError] = document.errors;
  if (firstError) {
    const where = firstError.linePos ? `line ${firstError.linePos[0].line}: ` : "";
    const reason = firstError.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new ScenarioError(source, [{ path: "", message: `${where}not valid YAML: ${reason}` }]);
  }
  return document.toJS();
}

/** Parses a scenario file's text, JSON or YAML (by extension, else by content). */
export function parseScenarioText(text: string, source: string): Scenario {
  // Editors on Windows may save UTF-8 with a byte order mark, which JSON.parse rejects.
  return parseScenario(parseDocumentText(text.replace(/^\uFEFF/, ""), source), source);
}
