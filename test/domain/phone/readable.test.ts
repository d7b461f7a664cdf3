import { describe, expect, it } from 'vitest';
import { dialableNumber, readableNumber } from '../../../src/domain/phone';

describe('number keys for people', () => {
  it.each([
    ['+8617012345678', '170 1234 5678', '+8617012345678'],
    ['+861088881234', '010 8888 1234', '+861088881234'],
    ['CN:95188', '95188', '95188'],
    ['+14155550123', '+14155550123', '+14155550123'],
  ])('%s reads as %s and dials as %s', (key, readable, dialable) => {
    expect(readableNumber(key)).toBe(readable);
    expect(dialableNumber(key)).toBe(dialable);
  });
});
