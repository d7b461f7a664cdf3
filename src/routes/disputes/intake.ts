/**
 * Filing a dispute, for `POST /v1/disputes` and the number page's dispute form, which calls
 * this directly so it gets the same validation, rate limit and localized problems.
 */
import type { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { disputeRepository } from '../../db/dispute-repository';
import type { AppEnv } from '../../deps';
import { parseNumberOrThrow } from '../../http/number-input';
import { ProblemError, text, validationProblem } from '../../http/problem';
import { localizedFieldErrors } from '../../http/validation';
import type { ZodIssueLike } from '../../http/validation-messages';
import { randomToken } from '../../security/hasher';
import type { RateLimitRule } from '../../security/rate-limiter';
import { canonicalContact, maskContact } from './contact';
import { NewDisputeSchema } from './schemas';

/** Disputes are rare and read by a person: a few per address per hour is plenty. */
export const DISPUTE_RATE_RULE: RateLimitRule = { limit: 10, windowSeconds: 3600 };

export type NewDispute = z.infer<typeof NewDisputeSchema>;

/**
 * A dispute body checked against the API's schema, or the API's 400 naming each field.
 *
 * @example
 * const body = disputeBodyOrThrow({ number: '95188', relation: 'owner', statement: '…' });
 */
export function disputeBodyOrThrow(input: unknown): NewDispute {
  const parsed = NewDisputeSchema.safeParse(input);
  if (!parsed.success) throw validationProblem(localizedFieldErrors(parsed.error.issues as ZodIssueLike[]));
  return parsed.data;
}

/**
 * Rate-limits by client address and stores the dispute, the contact only masked and hashed.
 *
 * @example
 * const { id } = await receiveDispute(c, body);
 */
export async function receiveDispute(c: Context<AppEnv>, body: NewDispute): Promise<{ id: string }> {
  const { database, hasher, clock, rateLimiter, clientAddress } = c.var.deps;
  const number = parseNumberOrThrow(body.number, body.region, c.var.lang, 'number');
  const now = clock();
  const decision = await rateLimiter.take(`disputes:${clientAddress(c) ?? 'unknown'}`, DISPUTE_RATE_RULE, now);
  if (!decision.allowed) {
    throw new ProblemError(429, 'rate-limited', text('来自此地址的申诉太多，请稍后再试。', 'Too many disputes from this address; try again later.'), {}, {
      'retry-after': String(decision.retryAfterSeconds),
    });
  }
  const contact = body.contact ? canonicalContact(body.contact) : null;
  const id = `dsp_${randomToken(12)}`;
  await database.atomic(
    disputeRepository(database.db).create({
      id,
      number,
      relation: body.relation,
      statement: body.statement,
      contactHash: contact ? await hasher.hash('contact', contact) : null,
      contactMasked: contact ? maskContact(contact) : null,
      createdAt: now,
    }),
  );
  return { id };
}
