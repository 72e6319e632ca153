import { describe, expect, it } from "vitest";
import { EnvError, readEnv } from "./env";

describe("readEnv", () => {
  it("falls back to the documented defaults when nothing is set", () => {
    expect(readEnv({})).toEqual({
      PARLEY_DATA_DIR: ".parley",
      PARLEY_CONCURRENCY: 4,
      PARLEY_WORKERS: 1,
      PORT: 3000,
    });
  });

  it("reads numbers and treats an empty variable as unset", () => {
    const env = readEnv({ PARLEY_CONCURRENCY: "8", PARLEY_WORKERS: "0", DATABASE_URL: "", PORT: "4000" });
    expect(env).toMatchObject({ PARLEY_CONCURRENCY: 8, PARLEY_WORKERS: 0, PORT: 4000 });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("names the variable and the value it rejects", () => {
    expect(() => readEnv({ PARLEY_CONCURRENCY: "many" })).toThrow(EnvError);
    expect(() => readEnv({ PARLEY_CONCURRENCY: "many" })).toThrow(/PARLEY_CONCURRENCY .*"many"/);
    expect(() => readEnv({ DATABASE_URL: "mysql://x" })).toThrow(
      /DATABASE_URL must be a postgresql:\/\/ URL/,
    );
  });

  it("refuses a number of in-process workers it would not start", () => {
    expect(() => readEnv({ PARLEY_WORKERS: "3" })).toThrow(
      /PARLEY_WORKERS must be 0 or 1 .*PARLEY_CONCURRENCY/,
    );
  });

  it("does not print the password of a DATABASE_URL it rejects", () => {
    expect(() => readEnv({ DATABASE_URL: "mysql://parley:s3cret@db:3306/parley" })).toThrow(
      'DATABASE_URL must be a postgresql:// URL (got "mysql://parley:***@db:3306/parley")',
    );
  });
});
