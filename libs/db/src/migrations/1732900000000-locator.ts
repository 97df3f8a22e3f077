import type { MigrationInterface, QueryRunner } from 'typeorm';
import { addRolePermissions, removeRolePermissions, type RolePermissions } from './role-permissions';

const NEW_PERMISSIONS: RolePermissions = [
  ['ADMIN', ['location.manage']],
  ['PARTNER_MANAGER', ['location.manage']],
  ['PARTNER_ADMIN', ['location.manage']],
];

/** Partner locations with coordinates, postcode service areas, and badges for the public status symbols. */
export class Locator1732900000000 implements MigrationInterface {
  name = 'Locator1732900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS cube`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS earthdistance`);
    await q.query(`
      CREATE TABLE partner_location (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        street text NOT NULL DEFAULT '' CHECK (char_length(street) <= 200),
        postal_code text NOT NULL CHECK (postal_code ~ '^[0-9A-Za-z -]{3,10}$'),
        city text NOT NULL CHECK (char_length(city) BETWEEN 1 AND 100),
        country text NOT NULL DEFAULT 'DE' CHECK (country ~ '^[A-Z]{2}$'),
        latitude double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        phone text NOT NULL DEFAULT '' CHECK (char_length(phone) <= 40),
        opening_hours text NOT NULL DEFAULT '' CHECK (char_length(opening_hours) <= 500),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX partner_location_organisation ON partner_location (organisation_id)`);
    await q.query(`CREATE INDEX partner_location_earth ON partner_location USING gist (ll_to_earth(latitude, longitude))`);
    await q.query(`CREATE INDEX partner_location_place ON partner_location USING gin ((lower(city || ' ' || postal_code)) gin_trgm_ops)`);
    await q.query(`
      CREATE TABLE service_area (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        postal_prefix text NOT NULL CHECK (postal_prefix ~ '^[0-9]{1,5}$'),
        product_line_id uuid REFERENCES product_line (id)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX service_area_unique ON service_area (organisation_id, postal_prefix, COALESCE(product_line_id, '00000000-0000-0000-0000-000000000000'))`,
    );
    await q.query(`CREATE INDEX service_area_prefix ON service_area (postal_prefix)`);
    await q.query(`
      CREATE TABLE badge (
        code text PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9_-]{20,64}$'),
        organisation_id uuid NOT NULL REFERENCES organisation (id),
        product_line_id uuid NOT NULL REFERENCES product_line (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organisation_id, product_line_id)
      )`);
    await addRolePermissions(q, NEW_PERMISSIONS);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['badge', 'service_area', 'partner_location']) await q.query(`DROP TABLE IF EXISTS ${table}`);
    await removeRolePermissions(q, NEW_PERMISSIONS);
  }
}
