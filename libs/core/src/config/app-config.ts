import { plainToInstance, Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, validateSync } from 'class-validator';
import { resolve } from 'node:path';

const toBool = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.toLowerCase()) : value;

/** Typed configuration, read once from the environment (and `.env` when present). */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  nodeEnv: 'development' | 'production' | 'test' = 'development';

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  port = 3000;

  @IsString()
  host = '0.0.0.0';

  /** Public base URL used in links handed to people (invitations). */
  @IsUrl({ require_tld: false })
  publicUrl = 'http://localhost:3000';

  /** When unset, an embedded PostgreSQL is started under `dataDir`. */
  @IsOptional()
  @IsString()
  databaseUrl?: string;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  databasePoolSize = 10;

  @IsString()
  dataDir = resolve('.data');

  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(65535)
  embeddedPostgresPort = 54329;

  /**
   * Linux: the embedded PostgreSQL's backends run under SCHED_BATCH, so a backend woken by a query does not preempt
   * the API's event loop on a shared core (paired runs on two cores: 7–44 % more rare-term searches a second, up to
   * 13 % more of the others).
   */
  @Transform(toBool)
  @IsBoolean()
  embeddedPostgresBatchScheduling = true;

  @Transform(toBool)
  @IsBoolean()
  seedDemo = true;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24 * 90)
  sessionTtlHours = 24 * 14;

  /**
   * How long an authenticated session may be answered from memory; changes to sessions, users, roles and
   * organisations clear it at once (PostgreSQL NOTIFY). 0 reads the session on every request (e.g. behind a
   * transaction-pooling proxy, which cannot LISTEN).
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3600)
  principalCacheSeconds = 30;

  @Transform(toBool)
  @IsBoolean()
  cookieSecure = false;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  invitationTtlHours = 24 * 7;

  /** Failed logins allowed per account within the window. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  loginAccountLimit = 5;

  /** Failed logins allowed per client address within the window. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  loginIpLimit = 50;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  loginWindowSeconds = 15 * 60;

  /** Mutations allowed per client address and minute. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  mutationRateLimit = 600;

  /** Public locator searches per client address and minute. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  locatorRateLimit = 120;

  @Type(() => Number)
  @IsInt()
  @Min(1024)
  bodyLimitBytes = 1024 * 1024;

  /** Period of the background sweeps (grant expiry, notices); 0 turns the scheduler off. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(86400)
  jobIntervalSeconds = 300;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  logLevel = 'info';

  @IsString()
  webDist = resolve('apps/web/dist');

  get isProduction(): boolean {
    return this.nodeEnv === 'production';
  }
}

const ENV_KEYS: Record<string, keyof AppConfig> = {
  NODE_ENV: 'nodeEnv',
  PORT: 'port',
  HOST: 'host',
  PUBLIC_URL: 'publicUrl',
  DATABASE_URL: 'databaseUrl',
  DATABASE_POOL_SIZE: 'databasePoolSize',
  DATA_DIR: 'dataDir',
  EMBEDDED_PG_PORT: 'embeddedPostgresPort',
  EMBEDDED_PG_BATCH_SCHEDULING: 'embeddedPostgresBatchScheduling',
  SEED_DEMO: 'seedDemo',
  SESSION_TTL_HOURS: 'sessionTtlHours',
  PRINCIPAL_CACHE_SECONDS: 'principalCacheSeconds',
  COOKIE_SECURE: 'cookieSecure',
  INVITATION_TTL_HOURS: 'invitationTtlHours',
  LOGIN_ACCOUNT_LIMIT: 'loginAccountLimit',
  LOGIN_IP_LIMIT: 'loginIpLimit',
  LOGIN_WINDOW_SECONDS: 'loginWindowSeconds',
  MUTATION_RATE_LIMIT: 'mutationRateLimit',
  LOCATOR_RATE_LIMIT: 'locatorRateLimit',
  BODY_LIMIT_BYTES: 'bodyLimitBytes',
  LOG_LEVEL: 'logLevel',
  JOB_INTERVAL_SECONDS: 'jobIntervalSeconds',
  WEB_DIST: 'webDist',
};

export class ConfigError extends Error {}

/** Builds the configuration from an environment map; production defaults differ where safety asks for it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<AppConfig> = {}): AppConfig {
  const raw: Record<string, unknown> = {};
  for (const [key, prop] of Object.entries(ENV_KEYS)) {
    const value = env[key];
    if (value !== undefined && value !== '') raw[prop] = value;
  }
  if (raw.nodeEnv === 'production') {
    raw.seedDemo ??= 'false';
    raw.cookieSecure ??= 'true';
  }
  const config = plainToInstance(AppConfig, { ...raw, ...overrides });
  const errors = validateSync(config, { forbidUnknownValues: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => {
      const envName = Object.keys(ENV_KEYS).find((k) => ENV_KEYS[k] === e.property) ?? e.property;
      return `${envName}: ${Object.values(e.constraints ?? {}).join(', ')}`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return config;
}
