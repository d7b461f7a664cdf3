import { z } from '@hono/zod-openapi';
import { BLOCKLIST_PROFILE_IDS, MAX_BLOCKLIST_SIZE } from '../../domain/blocklists';

export const ProfileIdSchema = z.enum(BLOCKLIST_PROFILE_IDS).openapi({ description: 'A blocklist profile (GET /v1/blocklists lists them).', example: 'scam' });

const BLOCKLIST_FILE = new RegExp(`^(${BLOCKLIST_PROFILE_IDS.join('|')})\\.(vcf|csv)$`);

/** A download's profile and format from its file name, or null when it names no blocklist file. */
export function blocklistFile(file: string): { id: (typeof BLOCKLIST_PROFILE_IDS)[number]; format: 'vcf' | 'csv' } | null {
  const match = BLOCKLIST_FILE.exec(file);
  return match ? { id: match[1] as (typeof BLOCKLIST_PROFILE_IDS)[number], format: match[2] as 'vcf' | 'csv' } : null;
}

export const LimitQuery = z.coerce
  .number()
  .int()
  .min(1)
  .max(MAX_BLOCKLIST_SIZE)
  .optional()
  .openapi({ description: `At most this many numbers, the most active first (a Fritz!Box holds a few thousand). Up to ${MAX_BLOCKLIST_SIZE}.`, example: 3000 });

export const BlocklistFileParam = z.object({
  file: z
    .string()
    .max(100)
    .openapi({
      description: `A profile and a format: \`<profile>.vcf\` (vCard 3.0) or \`<profile>.csv\`; the profiles are ${BLOCKLIST_PROFILE_IDS.join(', ')}. Any other file is a 404 that lists them.`,
      example: 'scam.vcf',
    }),
});

const LicenceSchema = z.object({ id: z.string(), name: z.string(), url: z.string() }).openapi('DataLicence');

export const BlocklistListSchema = z
  .object({
    items: z.array(
      z.object({
        id: ProfileIdSchema,
        title: z.string(),
        description: z.string(),
        downloads: z.object({ vcf: z.string(), csv: z.string() }),
        carddav: z.string().openapi({ description: 'The address book, readable without credentials.' }),
      }),
    ),
    subscribe: z.string().openapi({ description: 'Where to get a subscription token (a size limit and a language of your own).' }),
    licence: LicenceSchema,
  })
  .openapi('BlocklistList');

export const NewSubscriptionSchema = z
  .object({
    profile: ProfileIdSchema,
    limit: z.number().int().min(1).max(MAX_BLOCKLIST_SIZE).nullable().optional().openapi({ description: 'Size limit of the address book; none for the whole list.', example: 3000 }),
    lang: z.enum(['zh-CN', 'en']).optional().openapi({ description: 'Language of the cards (zh-CN by default).', example: 'zh-CN' }),
  })
  .strict()
  .openapi('NewSubscription');

export const SubscriptionSchema = z
  .object({
    token: z.string().openapi({ description: 'Shown once, stored only as a keyed hash: the password of the CardDAV account.' }),
    profile: ProfileIdSchema,
    limit: z.number().int().nullable(),
    lang: z.enum(['zh-CN', 'en']),
    carddav: z.object({
      server: z.string().openapi({ description: 'What to enter as the server (discovery finds the rest).', example: 'https://example.org/dav/subscription/' }),
      address_book: z.string(),
      username: z.string().openapi({ description: 'Any user name is accepted; this one is a suggestion.' }),
      password: z.string(),
    }),
    downloads: z.object({ vcf: z.string(), csv: z.string() }),
  })
  .openapi('Subscription');
