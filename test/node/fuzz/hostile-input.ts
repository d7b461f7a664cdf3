import fc from 'fast-check';

/** Strings that have broken other services: SQL, markup, templates, paths, control characters. */
export const attackStrings = [
  "' OR '1'='1",
  "'; DROP TABLE reports; --",
  '" OR ""="',
  "1; DELETE FROM numbers WHERE 1=1; --",
  "1' UNION SELECT token_hash, 1, 1 FROM reporters --",
  "') ON CONFLICT DO UPDATE SET weight = 1e308 --",
  "%' AND 1=0 UNION SELECT name FROM sqlite_master --",
  "x'||(SELECT value FROM meta WHERE key='hash_secret')||'",
  '\\',
  '\u0000',
  'a\u0000b',
  '13800138000\u0000; DROP TABLE reports',
  '\ud800',
  'tail\udfff',
  '\ufeff13800138000',
  '\u202e0008310083',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '${7*7}{{7*7}}<%= 7*7 %>',
  '%s%n%x%d',
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '１３８００１３８０００',
  '+86 138 0013 8000 ext. 1234567890',
  '00000000000000000000000000000000000000000000000000000000000000000',
  '1e309',
  '-1e309',
  '99999999999999999999999999999999',
  '-0',
  'NaN',
  'Infinity',
  '0x7fffffff',
  '',
  ' ',
  '\r\n\r\n',
  '\t',
  'A'.repeat(70_000),
  '9'.repeat(5_000),
  '𠜎𠜱𠝹𠱓'.repeat(300),
  'null',
  'true',
  '[]',
  '{}',
];

/** Numbers at and beyond the edges of what JSON, JavaScript and SQLite integers hold. */
export const edgeNumbers = [0, -0, -1, 1.5, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 2 ** 64, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...attackStrings) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.stringMatching(/^[+0-9 ()\-.]{1,40}$/) },
);

/** Nested arrays or objects `depth` deep, as JSON text (built as text: no recursion anywhere). */
export function deepJson(depth: number, kind: 'array' | 'object'): string {
  return kind === 'array' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

export const hostileJsonValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { weight: 5, arbitrary: hostileString },
    { weight: 2, arbitrary: fc.constantFrom(...edgeNumbers) },
    { weight: 1, arbitrary: fc.constantFrom(null, true, false) },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'a', '', 'number'), tie('value'), { maxKeys: 3 }) },
  ),
})).value;

/** Bytes that are not UTF-8: lone continuation bytes, overlongs, truncated sequences, surrogates. */
export const invalidUtf8: fc.Arbitrary<Uint8Array> = fc
  .array(fc.constantFrom([0xff], [0xfe, 0xff], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc3], [0x80], [0x00]), {
    minLength: 1,
    maxLength: 6,
  })
  .map((chunks) => Uint8Array.from(chunks.flat()));

/** Percent-escapes that do not decode: truncated, non-hex, overlong, NUL. */
export const brokenPercent = fc.constantFrom('%', '%%', '%G1', '%E0%A4', '%C0%AF', '%FF%FE', '%00', '%2F..%2F', '%u0041', '%ED%A0%80');

/**
 * Percent-encodes any JavaScript string as UTF-8, lone surrogates included (they become
 * U+FFFD), where `encodeURIComponent` would throw.
 */
export function percentEncode(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Header values may carry bytes 0x20–0xFF but no CR, LF or NUL: anything else becomes `?`. */
export function headerSafe(text: string): string {
  return text.replace(/[^\t\x20-\x7e\x80-\xff]/g, '?').trim().slice(0, 4096);
}

export const hostileAddress = fc.oneof(
  fc.ipV4().map(String),
  fc.ipV6().map(String),
  fc.constantFrom('unknown', '::ffff:999.1.1.1', '1.1.1.1, 2.2.2.2', '[::1]:443', '0.0.0.0', '255.255.255.255', 'fe80::1%eth0', "'; DROP TABLE rate_limit_buckets; --"),
);
