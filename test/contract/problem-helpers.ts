import { expect } from 'vitest';

/** Matches a problem `type`: the absolute URI of the type's explanation page on the host that answered. */
export function problemType(name: string) {
  return expect.stringMatching(new RegExp(`^https?://[^/]+/problems/${name}$`));
}
