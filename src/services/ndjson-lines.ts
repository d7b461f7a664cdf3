/**
 * Splits an NDJSON byte stream into lines as it arrives, so an import never holds the whole
 * body: memory is bounded by the longest line, and a line over the limit is reported and
 * skipped instead of buffered.
 */

/** One physical line of the file (1-based), or a marker that it was too long to read. */
export type NdjsonLine = { line: number; text: string; tooLong?: false } | { line: number; text: null; tooLong: true };

/** A report line is a few hundred characters; anything near this is not one. */
export const MAX_LINE_CHARS = 64 * 1024;

export type ByteSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/**
 * Yields every non-blank line with its line number; CRLF and a leading BOM are accepted.
 *
 * @example
 * for await (const { line, text } of ndjsonLines(request.body, { onBytes: (n) => (read += n) })) …
 */
export async function* ndjsonLines(
  source: ByteSource,
  options: { maxLineChars?: number; onBytes?: (bytes: number) => void } = {},
): AsyncGenerator<NdjsonLine> {
  const maxLineChars = options.maxLineChars ?? MAX_LINE_CHARS;
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let lineNumber = 0;
  let discarding = false;

  function* complete(text: string): Generator<NdjsonLine> {
    lineNumber++;
    if (discarding || text.length > maxLineChars) yield { line: lineNumber, text: null, tooLong: true };
    else if (text.trim() !== '') yield { line: lineNumber, text: text.replace(/\r$/, '') };
    discarding = false;
  }

  function* drain(): Generator<NdjsonLine> {
    let newline: number;
    while ((newline = pending.indexOf('\n')) >= 0) {
      const text = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      yield* complete(text);
    }
    // A line without its end yet: stop buffering once it cannot be a report line anyway.
    if (pending.length > maxLineChars) {
      discarding = true;
      pending = '';
    }
  }

  for await (const chunk of byteChunks(source)) {
    options.onBytes?.(chunk.byteLength);
    pending += decoder.decode(chunk, { stream: true });
    yield* drain();
  }
  pending += decoder.decode();
  yield* drain();
  if (discarding || pending !== '') yield* complete(pending);
}

async function* byteChunks(source: ByteSource): AsyncGenerator<Uint8Array> {
  if (!('getReader' in source)) {
    yield* source;
    return;
  }
  const reader = source.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
