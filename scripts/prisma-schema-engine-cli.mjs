// `schema-engine cli <command>`: the one-shot database commands the Prisma CLI runs before migrating.
// The CLI reads failures from stderr: it skips the first line and parses every other line as a JSON log record.
import pg from "pg";

function describeServer(url) {
  return `${url.hostname}:${url.port || 5432}`;
}

function toUserFacingError(error, url) {
  const database = decodeURIComponent(url.pathname.slice(1)) || "postgres";
  if (error?.code === "3D000") {
    return {
      code: "P1003",
      message: `Database \`${database}\` does not exist on the database server at \`${describeServer(url)}\`.`,
    };
  }
  if (error?.code === "28P01" || error?.code === "28000") {
    return {
      code: "P1000",
      message: `Authentication failed against database server at \`${describeServer(url)}\`.`,
    };
  }
  if (error?.code === "ECONNREFUSED" || error?.code === "ENOTFOUND" || error?.code === "ETIMEDOUT") {
    return { code: "P1001", message: `Can't reach database server at \`${describeServer(url)}\`.` };
  }
  return { code: undefined, message: String(error?.message ?? error) };
}

function logLine(level, fields) {
  return JSON.stringify({
    timestamp: new Date().toISOString(),
    level,
    fields,
    target: "schema_engine::logger",
  });
}

async function withClient(connectionString, work) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const commands = {
  "can-connect-to-database": (url) => withClient(url.toString(), (client) => client.query("SELECT 1")),
  "create-database": (url) => {
    const database = decodeURIComponent(url.pathname.slice(1));
    const maintenance = new URL(url);
    maintenance.pathname = "/postgres";
    return withClient(maintenance.toString(), (client) =>
      client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`),
    );
  },
  "drop-database": (url) => {
    const database = decodeURIComponent(url.pathname.slice(1));
    const maintenance = new URL(url);
    maintenance.pathname = "/postgres";
    return withClient(maintenance.toString(), (client) =>
      client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)}`),
    );
  },
};

/** Returns the process exit code. */
export async function runCliCommand(name, datasource) {
  const command = commands[name];
  if (!command) {
    process.stderr.write(
      `Unknown command: ${name}\n${logLine("ERROR", { message: `Unknown command ${name}` })}`,
    );
    return 1;
  }
  const url = new URL(datasource?.url ?? "");
  try {
    await command(url);
    return 0;
  } catch (error) {
    const { code, message } = toUserFacingError(error, url);
    const fields = code ? { is_panic: false, error_code: code, message } : { is_panic: false, message };
    process.stderr.write(`schema-engine cli ${name}\n${logLine("ERROR", fields)}`);
    return 1;
  }
}
