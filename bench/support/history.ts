/**
 * A realistic report history for the benches, seeded: 100k numbers with power-law
 * popularity (a few numbers get most reports), one number with 100k reports, 1M reports over
 * two years in reported_at order, reporters who mostly report once, written as the NDJSON the
 * bulk import takes.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { seededRandom } from '../../scripts/seeded-random';

const DAY = 86_400_000;
const TAGS = ['threats', 'insults', 'repeated_calls', 'refuses_identification', 'personal_account_payment', 'fake_legal_documents', 'professional'];
const AGENCIES = ['支付宝催收', 'alipay', '京东白条', '网贷清退中心', '花呗法务部', null];

export interface HistoryOptions {
  reports: number;
  numbers: number;
  /** Reports on the one very popular number. */
  hotReports: number;
  seed: number;
  /** End of the history (ms); it spans the two years before. */
  end: number;
}

export const DEFAULT_HISTORY: HistoryOptions = { reports: 1_000_000, numbers: 100_000, hotReports: 100_000, seed: 20261201, end: Date.UTC(2026, 10, 30) };

/** Mobile numbers 1380000xxxx…: index → key as people type it. */
export function benchNumber(index: number): string {
  return `13${String(800_000_000 + index * 7).padStart(9, '0')}`;
}

/** The hot number, and one number with exactly one report, for the history-cost comparison. */
export const HOT_NUMBER = benchNumber(0);
export const SINGLE_NUMBER = '17099990001';

/**
 * Writes the history to `file`, returning how many lines it wrote.
 *
 * @example
 * await writeHistory('/tmp/history.ndjson', DEFAULT_HISTORY);
 */
export async function writeHistory(file: string, options: HistoryOptions): Promise<number> {
  const random = seededRandom(options.seed);
  const out = createWriteStream(file);
  const start = options.end - 730 * DAY;
  const step = (options.end - start) / options.reports;
  let hotLeft = options.hotReports;
  let written = 0;
  let buffer = '';
  const reporters = Math.max(1, Math.floor(options.reports * 0.6));
  for (let i = 0; i < options.reports; i++) {
    const at = Math.floor(start + i * step);
    let number: string;
    if (i === Math.floor(options.reports / 2)) number = SINGLE_NUMBER;
    else if (hotLeft > 0 && random() < options.hotReports / (options.reports - i)) {
      number = HOT_NUMBER;
      hotLeft--;
    } else {
      // Zipf-like: index ∝ u^3 puts most reports on the first numbers.
      number = benchNumber(1 + Math.floor(random() ** 3 * (options.numbers - 2)));
    }
    const scam = random() < 0.6;
    const tags = TAGS.filter(() => random() < 0.15);
    const line = {
      external_id: `bench-${i}`,
      reporter: `reporter-${Math.floor(random() * reporters)}`,
      reported_at: new Date(at).toISOString(),
      called_at: new Date(at - random.int(1, 600) * 60_000).toISOString(),
      ip_prefix: `10.${random.int(0, 255)}.${random.int(0, 255)}.0/24`,
      number,
      claimed_agency: random.pick(AGENCIES),
      tags,
      hotline_check: scam ? (random() < 0.5 ? 'denied' : 'not_tried') : random() < 0.3 ? 'confirmed' : 'not_tried',
      payment_requested: scam ? (random() < 0.5 ? 'personal_account' : 'none') : random() < 0.4 ? 'official_channel' : 'none',
      debt_with_claimed_agency: scam ? 'no' : 'yes',
      comment: random() < 0.2 ? '自称支付宝催收，让我转账到个人账户' : null,
    };
    buffer += `${JSON.stringify(line)}\n`;
    written++;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
  return written;
}
