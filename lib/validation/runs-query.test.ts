import { describe, expect, it } from "vitest";
import { runsQueryHref, runsQuerySchema } from "./runs-query";

describe("runs list URL", () => {
  it("falls back to newest first on page 1 when the URL is malformed", () => {
    expect(runsQuerySchema.parse({ page: "-3", sort: "nonsense", dir: "up", status: "lost" })).toEqual({
      page: 1,
      sort: "startedAt",
      dir: "desc",
    });
  });

  it("round-trips a filtered, sorted page through its link", () => {
    const query = runsQuerySchema.parse({
      page: "2",
      sort: "tokens",
      dir: "asc",
      status: "failed",
      scenario: "a b",
    });
    const href = runsQueryHref(query);
    const back = runsQuerySchema.parse(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(back).toEqual(query);
  });

  it("leaves defaults out of links", () => {
    expect(runsQueryHref(runsQuerySchema.parse({}))).toBe("/");
  });
});
