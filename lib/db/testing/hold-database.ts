// Test fixture: a Parley process that makes the database ready, prints its URL and stays up until signalled.
import { ensureDatabase } from "../database";

const url = await ensureDatabase();
process.stdout.write(`${JSON.stringify({ url })}\n`);
setInterval(() => {}, 60_000);
