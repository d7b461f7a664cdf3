/** Settings (docs/api.md#configuration), read once from the environment (Node) or bindings (Workers). */
export interface Config {
  /** Bearer token for `/v1/admin/*`; null disables admin routes (503). */
  readonly adminToken: string | null;
  /** Key for hashing reporter tokens and IP prefixes; null means "generate once and keep in meta". */
  readonly hashSecret: string | null;
  /** Origins allowed to POST cross-origin. */
  readonly allowedOrigins: readonly string[];
  /** Evidence half-life in days. */
  readonly scoreHalfLifeDays: number;
  /** On Node, take the client IP from X-Forwarded-For. Workers always use CF-Connecting-IP. */
  readonly trustProxy: boolean;
}

export type EnvVars = Readonly<Record<string, string | undefined>>;

/** A setting the service refuses to start with; the message says which and how to fix it. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** A shorter admin token could be guessed; 32 random characters are out of reach. */
export const MIN_ADMIN_TOKEN_LENGTH = 32;

const truthy = new Set(['1', 'true', 'on', 'yes']);

/**
 * @example
 * readConfig({ SCORE_HALF_LIFE_DAYS: '90' }).scoreHalfLifeDays // 90
 * readConfig({ ADMIN_TOKEN: 's3cret' }) // throws ConfigError: ADMIN_TOKEN must be at least 32 characters …
 */
export function readConfig(env: EnvVars): Config {
  const halfLife = Number(env.SCORE_HALF_LIFE_DAYS ?? '180');
  // Stored evidence is scaled by 2^(t/half-life); below a week that overflows within years.
  if (!Number.isFinite(halfLife) || halfLife < 7) {
    throw new ConfigError(`SCORE_HALF_LIFE_DAYS must be a number of days, at least 7; got "${env.SCORE_HALF_LIFE_DAYS}"`);
  }
  const adminToken = nonEmpty(env.ADMIN_TOKEN);
  if (adminToken !== null && adminToken.length < MIN_ADMIN_TOKEN_LENGTH) {
    // Never echo the token itself: the message ends up in logs.
    throw new ConfigError(
      `ADMIN_TOKEN must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters (it has ${adminToken.length}); ` +
        'generate one with `openssl rand -hex 32`, or unset it to disable the admin API.',
    );
  }
  return {
    adminToken,
    hashSecret: nonEmpty(env.HASH_SECRET),
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    scoreHalfLifeDays: halfLife,
    trustProxy: truthy.has((env.TRUST_PROXY ?? '').toLowerCase()),
  };
}

function nonEmpty(value: string | undefined): string | null {
  return value && value.trim() ? value.trim() : null;
}
