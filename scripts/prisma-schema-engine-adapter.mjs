// The driver adapter the wasm schema engine runs its SQL through: @prisma/adapter-pg, with two repairs the
// engine needs (see below).
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";

const PG_CHAR_OID = 18; // PostgreSQL's one-byte "char", used all over pg_catalog
const PG_TEXT_OID = 25;

/** The engine's catalog queries return "char" columns, which adapter-pg rejects as unsupported. */
function teachCharType(adapter) {
  const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter));
  if (queryable.parleyKnowsChar) return;
  const queryRaw = queryable.queryRaw;
  queryable.queryRaw = async function queryRawWithChar(query) {
    const charColumns = [];
    const view = Object.create(this, {
      performIO: {
        value: async (q) => {
          const result = await this.performIO(q);
          result.fields.forEach((field, index) => {
            if (field.dataTypeID !== PG_CHAR_OID) return;
            charColumns.push(index);
            field.dataTypeID = PG_TEXT_OID;
          });
          return result;
        },
      },
    });
    const result = await queryRaw.call(view, query);
    // Reporting it as text would break the second `migrate dev` on PostgreSQL 18 (NOT NULL rows in pg_constraint).
    for (const index of charColumns) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  queryable.parleyKnowsChar = true;
}

function withDatabase(url, database) {
  const target = new URL(url);
  target.pathname = `/${encodeURIComponent(database)}`;
  return target.toString();
}

class SchemaEnginePgFactory {
  provider = "postgres";
  adapterName = "@prisma/adapter-pg";

  constructor(datasource) {
    this.url = datasource.url;
    this.shadowDatabaseUrl = datasource.shadowDatabaseUrl;
  }

  async connect() {
    const adapter = await new PrismaPg({ connectionString: this.url }).connect();
    teachCharType(adapter);
    return adapter;
  }

  /** adapter-pg's own version drops the shadow database while its pool still holds connections to it. */
  async connectToShadowDb() {
    if (this.shadowDatabaseUrl) {
      const adapter = await new PrismaPg({ connectionString: this.shadowDatabaseUrl }).connect();
      teachCharType(adapter);
      return adapter;
    }
    const admin = await this.connect();
    const database = `prisma_migrate_shadow_db_${crypto.randomUUID().replaceAll("-", "")}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({ connectionString: withDatabase(this.url, database) }).connect();
    teachCharType(shadow);
    const closePool = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      try {
        await closePool();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      } finally {
        await admin.dispose();
      }
    };
    return shadow;
  }
}

export function createAdapterFactory(datasource) {
  return bindMigrationAwareSqlAdapterFactory(new SchemaEnginePgFactory(datasource));
}
