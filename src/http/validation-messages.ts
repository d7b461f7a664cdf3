/**
 * Field messages for failed validation, in both languages. zod's own messages are English
 * and written for programmers ("Invalid input: expected string, received undefined"), so
 * they are rewritten here from the issue's code and parameters. A schema that needs its own
 * wording declares it with {@link schemaMessage}.
 */
import { text, type Text } from './problem-types';

export interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  values?: unknown[];
  format?: string;
}

const custom = new Map<string, Text>();

/**
 * A schema's own message in both languages. zod keeps one string per message, so the English
 * one goes into the schema and the pair is looked up by it when the problem is written.
 *
 * @example
 * z.string().regex(/^[A-Z]{2}$/, schemaMessage('请使用两位地区代码。', 'Use a two-letter region code.'))
 */
export function schemaMessage(zh: string, en: string): string {
  const existing = custom.get(en);
  if (existing && existing['zh-CN'] !== zh) throw new Error(`Two translations for the schema message "${en}"`);
  custom.set(en, text(zh, en));
  return en;
}

const TYPE_NAMES: Record<string, [zh: string, en: string]> = {
  string: ['应为文本。', 'Must be text.'],
  number: ['应为数字。', 'Must be a number.'],
  int: ['应为整数。', 'Must be a whole number.'],
  boolean: ['应为 true 或 false。', 'Must be true or false.'],
  array: ['应为列表。', 'Must be a list.'],
  object: ['应为对象。', 'Must be an object.'],
  date: ['应为日期。', 'Must be a date.'],
};

const SIZE_UNITS: Record<string, [zh: string, en: string]> = {
  string: ['个字符', 'characters'],
  array: ['项', 'items'],
  set: ['项', 'items'],
  file: ['字节', 'bytes'],
};

/**
 * @example
 * issueText({ code: 'invalid_type', expected: 'string', path: ['number'], message: 'Invalid input: expected string, received undefined' }).en
 * // 'Required.'
 */
export function issueText(issue: ZodIssueLike): Text {
  const own = custom.get(issue.message);
  if (own) return own;
  switch (issue.code) {
    case 'unrecognized_keys':
      return text('未知字段。', 'Unknown field.');
    case 'invalid_type': {
      if (/received undefined$/.test(issue.message)) return text('必填。', 'Required.');
      const [zh, en] = TYPE_NAMES[issue.expected ?? ''] ?? ['类型不对。', 'Not of the expected type.'];
      return text(zh, en);
    }
    case 'invalid_value': {
      const values = (issue.values ?? []).map((v) => JSON.stringify(v));
      return values.length === 1
        ? text(`必须是 ${values[0]}。`, `Must be ${values[0]}.`)
        : text(`必须是以下之一：${values.join('、')}。`, `Must be one of ${values.join(', ')}.`);
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = String(small ? issue.minimum : issue.maximum);
      const unit = SIZE_UNITS[issue.origin ?? ''];
      if (unit) {
        if (small && bound === '1') return text('不能为空。', 'Must not be empty.');
        return small ? text(`至少 ${bound} ${unit[0]}。`, `Must have at least ${bound} ${unit[1]}.`) : text(`最多 ${bound} ${unit[0]}。`, `Must have at most ${bound} ${unit[1]}.`);
      }
      return small ? text(`不能小于 ${bound}。`, `Must be at least ${bound}.`) : text(`不能大于 ${bound}。`, `Must be at most ${bound}.`);
    }
    case 'invalid_format':
      return issue.format === 'datetime'
        ? text('应为带时区偏移的 RFC 3339 时间，例如 2026-05-01T21:30:00+08:00。', 'Must be an RFC 3339 time with an offset, e.g. 2026-05-01T21:30:00+08:00.')
        : text('格式不正确。', 'Not in the expected format.');
    case 'not_multiple_of':
      return text('数值不符合要求。', 'Not an accepted number.');
    default:
      return text('取值无效。', 'Not a valid value.');
  }
}
