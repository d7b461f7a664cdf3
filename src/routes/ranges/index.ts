/**
 * GET /v1/ranges/{prefix}: the private lookup by hash prefix (docs/phones.md). The client
 * hashes the number's key itself and sends only the first characters of the hash.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { RANGE_PREFIX_MAX, RANGE_PREFIX_MIN } from '../../domain/phone';
import { problemResponseSpec } from '../../http/problem-schema';
import { enforceReadLimit } from '../../http/read-limit';
import { createRouter } from '../../http/router';
import { schemaMessage } from '../../http/validation-messages';
import { numbersInRange } from '../../services/number-ranges';

const PREFIX = new RegExp(`^[0-9a-fA-F]{${RANGE_PREFIX_MIN},${RANGE_PREFIX_MAX}}$`);

const prefixParams = z.object({
  prefix: z
    .string()
    .regex(
      PREFIX,
      schemaMessage(
        `请发送号码键的 SHA-256 十六进制摘要的前 ${RANGE_PREFIX_MAX} 个字符（至少 ${RANGE_PREFIX_MIN} 个，只含 0-9 和 a-f）。`,
        `Send the first ${RANGE_PREFIX_MAX} hex characters (at least ${RANGE_PREFIX_MIN}, 0-9 and a-f only) of the SHA-256 of the number's key.`,
      ),
    )
    .transform((p) => p.toLowerCase())
    .openapi({ example: 'ec61f', description: `First ${RANGE_PREFIX_MIN}–${RANGE_PREFIX_MAX} hex characters of SHA-256 of the number's key (case-insensitive).` }),
});

const RangeItemSchema = z
  .object({
    suffix: z.string().openapi({ description: 'The rest of the 64-character hex digest after the prefix.', example: '3c620a98bdead8c1f1f0ae747abd1b62a0c2dba4fd4bc22cf0d1d8653e5' }),
    verdict: z.enum(['official', 'likely_legitimate', 'unknown', 'suspicious', 'likely_scam']),
    scam_probability: z.number().min(0).max(1),
    abuse_level: z.enum(['none', 'low', 'medium', 'high']),
    official: z.boolean().openapi({ description: 'A registered official number of an agency.' }),
  })
  .openapi('RangeItem');

const RangeSchema = z
  .object({
    prefix: z.string().openapi({ description: 'The prefix asked for, lowercase.' }),
    items: z.array(RangeItemSchema).openapi({ description: 'Every known number (reported, or registered as official) whose key hash starts with the prefix, by suffix.' }),
  })
  .openapi('Range');

const DESCRIPTION = `A lookup that never tells the server which number was asked. The client computes the number's key
(the \`number.key\` a lookup returns: E.164 such as \`+8613800138000\`, or \`CN:95188\` for short service numbers),
hashes it with SHA-256, sends the first ${RANGE_PREFIX_MAX} hex characters and looks for the rest of its hash among the items.
No item means nobody has reported the number (and it is not a registered official number).

Shell:

    printf '%s' '+8613800138000' | sha256sum | cut -c1-5        # ec61f
    curl https://<host>/v1/ranges/ec61f

JavaScript (browser, Node 20, Workers):

    const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode('+8613800138000')));
    const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
    const { items } = await (await fetch('/v1/ranges/' + hex.slice(0, 5))).json();
    const match = items.find((item) => item.suffix === hex.slice(5)); // undefined: no reports

A prefix of other than ${RANGE_PREFIX_MIN}–${RANGE_PREFIX_MAX} hex characters (6 or more included) is a 400 validation problem:
shorter prefixes would return too much, longer ones would narrow the bucket to the number itself.
Rate-limited like lookups; cached publicly for five minutes with an ETag.`;

const rangeRoute = createRoute({
  method: 'get',
  path: '/v1/ranges/{prefix}',
  tags: ['numbers'],
  summary: 'Private lookup: every known number whose key hash starts with a prefix, matched by the client',
  description: DESCRIPTION,
  request: { params: prefixParams },
  responses: {
    200: { description: 'The bucket (possibly empty)', content: { 'application/json': { schema: RangeSchema } } },
    400: problemResponseSpec('Not a 4–5 character hex prefix (type validation-error)'),
    429: problemResponseSpec('Too many requests'),
  },
});

/** Five minutes: a bucket is shared by many numbers, so caches in between serve many readers. */
const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=300';

export const rangeRoutes = createRouter().openapi(rangeRoute, async (c) => {
  const { deps } = c.var;
  await enforceReadLimit(c);
  const { prefix } = c.req.valid('param');
  const range = await numbersInRange(
    { database: deps.database, reference: c.var.reference, halfLifeDays: deps.config.scoreHalfLifeDays, now: deps.clock(), computed: c.var.computedLookups },
    prefix,
  );
  return c.json(range, 200, { 'cache-control': CACHE_CONTROL });
});
