import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnValid, maskComment } from '../../../src/domain/masking/comment';

const opts = { reportedDigits: ['13800138000', '8613800138000'] };

describe('maskComment', () => {
  it.each([
    ['mobile', '他让我打 13912345678', '13912345678'],
    ['landline with dashes', '回拨 010-66668888', '66668888'],
    ['international', '+86 139 1234 5678 also', '1391234 5678'.replace(' ', '')],
    ['ID number', '身份证110101199003071234', '110101199003071234'],
    ['ID number with X', 'ID 11010119900307123X ok', '11010119900307123X'],
    ['bank card', '卡号 6222 0212 3456 7890 128', '6222021234567890128'],
    ['e-mail', 'mail zhang.san@example.com now', 'zhang.san'],
  ])('masks a %s', (_, comment, secret) => {
    const masked = maskComment(comment, opts);
    expect(masked.replace(/[\s-]/g, '')).not.toContain(secret.replace(/[\s-]/g, ''));
    expect(masked).toContain('*');
  });

  it('keeps the reported number, dates and amounts readable', () => {
    expect(maskComment('来电 138-0013-8000 说欠 5000 元，2026-05-01 前还', opts)).toBe('来电 138-0013-8000 说欠 5000 元，2026-05-01 前还');
  });

  it('never lets a run of 11+ consecutive digits through unless it is the reported number', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^1[3-9]\d{9}$/), fc.string({ maxLength: 20 }), (phone, text) => {
        fc.pre(phone !== '13800138000');
        const masked = maskComment(`${text} ${phone} ${text}`, opts);
        expect(masked).not.toContain(phone);
      }),
    );
  });

  it('checks bank cards with Luhn', () => {
    expect(luhnValid('6222021234567890128')).toBe(true);
    expect(luhnValid('6222021234567890127')).toBe(false);
  });
});

describe('maskComment around Chinese text', () => {
  it.each([
    ['邮箱a@b.com', '邮箱***@b.com'],
    ['邮箱a@b.com谢谢', '邮箱***@b.com谢谢'],
    ['请联系zhang.san@example.com。', '请联系z***@example.com。'],
    ['发到 li4@mail.qq.com，他会回', '发到 ***@mail.qq.com，他会回'],
    ['对方邮箱：collector01@sub.example.cn（自称律师）', '对方邮箱：c***@sub.example.cn（自称律师）'],
  ])('%s → %s', (comment, expected) => {
    expect(maskComment(comment, opts)).toBe(expected);
  });

  it('keeps every character that is not part of the address', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'邮箱地址是谢谢请联系，。：'), minLength: 1, maxLength: 6 }),
        fc.string({ unit: fc.constantFrom(...'邮箱地址是谢谢请联系，。：'), minLength: 1, maxLength: 6 }),
        fc.stringMatching(/^[a-z][a-z0-9._]{0,10}$/),
        (before, after, local) => {
          const masked = maskComment(`${before}${local}@example.com${after}`, opts);
          expect(masked.startsWith(before)).toBe(true);
          expect(masked.endsWith(`@example.com${after}`)).toBe(true);
          expect(masked).not.toContain(`${local}@`);
        },
      ),
    );
  });
});

describe('maskComment with full-width input', () => {
  it('masks full-width digits too', () => {
    expect(maskComment('号码１３９１２３４５６７８', opts)).not.toMatch(/13912345678/);
  });
});
