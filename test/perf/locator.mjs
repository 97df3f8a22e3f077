// Locator benchmark (issue 8): the public findPartners query over 10,000 partner locations — p95 at 16 concurrent
// anonymous clients, by postcode, by coordinates and by place. Usage: npm run build:api && node test/perf/locator.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { assertAnswers, load, start, stop, waitForReady } from './lib.mjs';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const dataDir = mkdtempSync(join(tmpdir(), 'portal-bench-loc-'));
const pgPort = 54800 + Math.floor(Math.random() * 100);
// The locator's own per-address limit is part of the product; the benchmark measures the query behind it.
const env = {
  DATA_DIR: dataDir,
  EMBEDDED_PG_PORT: String(pgPort),
  PORT: '3397',
  LOG_LEVEL: 'warn',
  JOB_INTERVAL_SECONDS: '0',
  LOCATOR_RATE_LIMIT: '100000000',
};
const url = 'http://127.0.0.1:3397';
const app = start('node', ['dist/apps/api/src/main.js'], env);

try {
  await waitForReady(`${url}/health/ready`, app);
  const db = new pg.Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/portal` });
  await db.connect();
  await db.query(`
    WITH p AS (
      INSERT INTO organisation (kind, name, legal_name, city, postal_code, country, status)
      SELECT 'PARTNER', 'Betrieb ' || i, 'Betrieb ' || i || ' GmbH', 'Ort ' || (i % 500), lpad(((i * 37) % 90000 + 10000)::text, 5, '0'), 'DE', 'ACTIVE'
        FROM generate_series(1, 10000) i RETURNING id, postal_code),
    l AS (
      INSERT INTO partner_location (organisation_id, name, postal_code, city, latitude, longitude)
      SELECT id, 'Standort', postal_code, 'Ort ' || (abs(hashtext(id::text)) % 500), 47.3 + (abs(hashtext(id::text)) % 1000) / 1000.0 * 7.7,
             6.0 + (abs(hashtext(id::text || 'x')) % 1000) / 1000.0 * 9.0 FROM p RETURNING organisation_id, postal_code),
    a AS (INSERT INTO service_area (organisation_id, postal_prefix) SELECT organisation_id, left(postal_code, 2) FROM l)
    INSERT INTO tier_grant (partner_id, product_line_id, tier_id, status, valid_from, valid_until)
    SELECT p.id, pl.id, (SELECT id FROM tier ORDER BY rank OFFSET 1 + abs(hashtext(p.id::text)) % 2 LIMIT 1), 'ACTIVE', current_date - 10, current_date + 300
      FROM p, product_line pl WHERE pl.code = 'HEAT_PUMP'`);
  await db.query('ANALYZE');
  const [{ id: heatPump }] = (await db.query(`SELECT id FROM product_line WHERE code = 'HEAT_PUMP'`)).rows;
  const [{ id: maintenance }] = (await db.query(`SELECT id FROM service_category WHERE code = 'MAINTENANCE'`)).rows;
  await db.end();

  const query = `query($pl: ID!, $sc: ID, $pc: String, $lat: Float, $lon: Float, $r: Float, $place: String) {
    findPartners(productLineId: $pl, serviceCategoryId: $sc, postalCode: $pc, latitude: $lat, longitude: $lon, radiusKm: $r, place: $place) {
      totalCount items { partnerId name tierCode tierNameDe street postalCode city phone distanceKm services } } }`;
  const variants = {
    'postcode 80331, maintenance': { pl: heatPump, sc: maintenance, pc: '80331' },
    'coordinates Munich, 50 km': { pl: heatPump, lat: 48.137, lon: 11.575, r: 50 },
    'coordinates, 300 km': { pl: heatPump, lat: 50.9, lon: 10.5, r: 300 },
    'place "ort 42"': { pl: heatPump, place: 'ort 42' },
  };
  const results = {};
  for (const [name, variables] of Object.entries(variants)) {
    const body = { query, variables };
    await assertAnswers(`${url}/graphql`, body);
    await load({ url: `${url}/graphql`, body, connections: 16, seconds: 1 });
    results[name] = await load({ url: `${url}/graphql`, body, connections: 16, seconds: SECONDS, pid: app.pid });
  }
  console.log(`\nPublic locator over 10,000 partner locations, 16 concurrent anonymous clients, ${SECONDS} s each:`);
  console.table(results);
} finally {
  await stop(app);
  rmSync(dataDir, { recursive: true, force: true });
}
