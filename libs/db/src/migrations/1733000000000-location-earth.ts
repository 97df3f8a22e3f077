import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Stores each location's earth point once, so radius searches do not recompute it per row and per request. */
export class LocationEarth1733000000000 implements MigrationInterface {
  name = 'LocationEarth1733000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE partner_location ADD COLUMN earth cube GENERATED ALWAYS AS (ll_to_earth(latitude, longitude)) STORED`);
    await q.query(`DROP INDEX partner_location_earth`);
    await q.query(`CREATE INDEX partner_location_earth ON partner_location USING gist (earth)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX partner_location_earth`);
    await q.query(`ALTER TABLE partner_location DROP COLUMN earth`);
    await q.query(`CREATE INDEX partner_location_earth ON partner_location USING gist (ll_to_earth(latitude, longitude))`);
  }
}
