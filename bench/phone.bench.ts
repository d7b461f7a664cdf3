/**
 * µs per number for normalizePhone over a fixed mix of ~10k pasted inputs, against plain
 * libphonenumber-js/max parsing of the same inputs. Run: `npx tsx bench/phone.bench.ts`.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { pathToFileURL } from 'node:url';
import { normalizePhone } from '../src/domain/phone';
import { seededRandom } from '../scripts/seeded-random';
import { microsecondsPerCall, ROUNDS } from './timing';

const INPUT_COUNT = 10_000;

export function pastedInputs(count = INPUT_COUNT, seed = 20240501): string[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const digits = (length: number) => Array.from({ length }, () => Math.floor(random() * 10)).join('');
  const fullWidth = (text: string) => text.replace(/[0-9+]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
  const makers: (() => string)[] = [
    () => `${pick(['138', '139', '186', '189', '150', '177', '192', '170', '165'])}${digits(8)}`,
    () => `+86 ${pick(['135', '158', '181'])} ${digits(4)} ${digits(4)}`,
    () => `0086-${pick(['133', '199', '166'])}${digits(8)}`,
    () => `${pick(['137', '155'])}-${digits(4)}-${digits(4)}`,
    () => fullWidth(`${pick(['138', '188'])}${digits(8)}`),
    () => `来电: ${pick(['131', '152'])} ${digits(4)} ${digits(4)}`,
    () => `(${pick(['010', '021', '020'])}) ${pick([...'2345678'])}${digits(3)} ${digits(4)}`,
    () => `${pick(['0755', '0571', '0311'])}-8${digits(7)}`,
    () => pick(['95188', '95588', '12378', '10107888', '96110', '110', '10086']),
    () => `400-${digits(3)}-${digits(4)}`,
    () => `106${pick(['9', '5'])}${digits(8)}`,
    () => `+1 (212) 555-${digits(4)}`,
    () => `${pick(['abc', '123', '1380013800', ''])}`,
  ];
  return Array.from({ length: count }, () => pick(makers)());
}


export async function run(): Promise<void> {
  const inputs = pastedInputs();
  const baseline = microsecondsPerCall(inputs, (input) => parsePhoneNumberFromString(input, 'CN'));
  const validated = microsecondsPerCall(inputs, (input) => {
    const parsed = parsePhoneNumberFromString(input, 'CN');
    return parsed?.isValid() && parsed.getType();
  });
  const ours = microsecondsPerCall(inputs, (input) => normalizePhone(input));
  const valid = inputs.filter((input) => normalizePhone(input).ok).length;
  console.log(`phone: ${inputs.length} pasted inputs (${valid} valid), median of ${ROUNDS} rounds`);
  console.log(`  normalizePhone                                   ${ours.toFixed(2)} µs/number`);
  console.log(`  baseline parsePhoneNumberFromString (max)        ${baseline.toFixed(2)} µs/number`);
  console.log(`  reference: parse + isValid() + getType()         ${validated.toFixed(2)} µs/number`);
  console.log(`  ratio normalizePhone / baseline                  ${(ours / baseline).toFixed(2)}×`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
