import { ProblemError, text } from './problem';

/**
 * Opaque pagination cursors: base64url JSON, so clients cannot depend on their contents.
 *
 * @example
 * decodeCursor(encodeCursor({ after: 'x' })) // { after: 'x' }
 */
export function encodeCursor(value: Record<string, string | number>): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeCursor(cursor: string | undefined): Record<string, unknown> | null {
  if (!cursor) return null;
  try {
    const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    const value: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (ch) => ch.charCodeAt(0))));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through to the problem below
  }
  throw new ProblemError(400, 'validation-error', text('cursor 参数无效，请去掉它从头开始。', 'The cursor is not valid; start again without it.'), {
    errors: [{ path: 'query.cursor', message: text('不是本服务给出的 cursor。', 'Not a cursor this API issued.') }],
  });
}

/** A position in a newest-first list of reports: the last report's time and id. */
type ReportPosition = { reportedAt: number; id: string };

/**
 * The cursor of the report lists (a number's reports, a reporter's own reports).
 *
 * @example
 * decodeReportCursor(encodeReportCursor({ reportedAt: 1, id: 'r_a' })) // { reportedAt: 1, id: 'r_a' }
 */
export function encodeReportCursor(position: ReportPosition | null): string | null {
  return position ? encodeCursor({ at: position.reportedAt, id: position.id }) : null;
}

/** The position a report-list cursor stands for; null without a cursor (the first page). */
export function decodeReportCursor(cursor: string | undefined): ReportPosition | null {
  const position = decodeCursor(cursor);
  return position && typeof position.at === 'number' && typeof position.id === 'string' ? { reportedAt: position.at, id: position.id } : null;
}
