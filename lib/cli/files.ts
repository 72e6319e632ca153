import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileError } from "./cli-error";

export async function readTextFile(cwd: string, path: string): Promise<string> {
  try {
    return await readFile(resolve(cwd, path), "utf8");
  } catch (error) {
    throw fileError("read", path, error);
  }
}

/** Writes the file, creating its folder when needed. */
export async function writeTextFile(cwd: string, path: string, text: string): Promise<void> {
  const target = resolve(cwd, path);
  try {
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text, "utf8");
  } catch (error) {
    throw fileError("write", path, error);
  }
}
