/**
 * Filing a dispute, for `POST /v1/disputes` and the number page's dispute form, which calls
 * this directly so it gets the same validation, rate limit and localized problems.
 */
import type { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { disputeRepository } from '../../db/dispute-repository';
import type { AppEnv } from '../../deps';
import { parseNumberOrThrow } from '../../http/number-input';
import { numberKeyHash } from '../../domain/phone';
import { validationProblem } from '../../http/problem';
import { localizedFieldErrors } from '../../http/validation';
import type { ZodIssueLike } from '../../http/validation-messages';
import { randomToken } from '../../security/hasher';
import { subscriberAddress } from '../../security/ip-prefix';
import { maskComment, ownDigits } from '../../domain/masking/comment';
import { enforceRateLimits, rateLimits } from '../../http/rate-limit';
import { canonicalContact, maskContact } from './contact';
import { NewDisputeSchema } from './schemas';

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
  const { database, hasher, clock, clientAddress } = c.var.deps;
  const number = parseNumberOrThrow(body.number, body.region, c.var.lang, 'number');
  const subscriber = subscriberAddress(clientAddress(c)) ?? 'unknown';
  await enforceRateLimits(c, [{ bucket: 'dispute:subscriber', key: subscriber, rule: rateLimits.disputesPerSubscriber }]);
  const now = clock();
  const contact = body.contact ? canonicalContact(body.contact) : null;
  const id = `dsp_${randomToken(12)}`;
  await database.atomic(
    disputeRepository(database.db).create({
      id,
      number,
      keyHash: await numberKeyHash(number.key),
      relation: body.relation,
      // A statement is free text like a comment: contacts written into it are masked too.
      statement: maskComment(body.statement, { reportedDigits: ownDigits(number) }),
      contactHash: contact ? await hasher.hash('contact', contact) : null,
      contactMasked: contact ? maskContact(contact) : null,
      createdAt: now,
    }),
  );
  return { id };
}
