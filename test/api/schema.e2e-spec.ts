import { buildSchema } from 'graphql';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, startServer, type TestDatabase } from '@portal/testing';

const SCHEMA = join(__dirname, '..', '..', 'apps', 'api', 'schema.gql');

describe('schema and access rules', () => {
  const dir = mkdtempSync(join(tmpdir(), 'portal-schema-'));
  let db: TestDatabase;
  let schema: string;
  let rules: Record<string, string>;

  beforeAll(async () => {
    db = await createTestDatabase();
    const server = await startServer(
      db.url,
      {},
      { PORTAL_TEST_SCHEMA_FILE: join(dir, 'schema.gql'), PORTAL_TEST_RULES_FILE: join(dir, 'rules.json') },
    );
    await server.stop();
    schema = readFileSync(join(dir, 'schema.gql'), 'utf8');
    rules = JSON.parse(readFileSync(join(dir, 'rules.json'), 'utf8')) as Record<string, string>;
  });
  afterAll(() => db.drop());

  it('matches the committed apps/api/schema.gql (run `npm run schema:write` after changing the API)', () => {
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA, schema);
    expect(schema).toBe(readFileSync(SCHEMA, 'utf8'));
  });

  it('gives every root operation an explicit access rule', () => {
    const parsed = buildSchema(schema);
    const operations = [parsed.getQueryType(), parsed.getMutationType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}).map((field) => `${type?.name}.${field}`),
    );
    expect(operations.length).toBeGreaterThan(10);
    expect(Object.keys(rules).sort()).toEqual(operations.sort());
    const missing = Object.entries(rules).filter(([, rule]) => rule.startsWith('NONE'));
    expect(missing).toEqual([]);
  });

  it('keeps who-may-do-what under review', () => {
    expect(rules).toMatchSnapshot();
  });
});
