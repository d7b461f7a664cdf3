import type { Logger } from './deps';

/** Structured one-line logs on stderr/stdout; error details (stacks) stay server-side. */
export const consoleLogger: Logger = {
  error: (message, details) => console.error(JSON.stringify({ level: 'error', message, details: describe(details) })),
  warn: (message, details) => console.warn(JSON.stringify({ level: 'warn', message, details: describe(details) })),
  info: (message, details) => console.log(JSON.stringify({ level: 'info', message, details: describe(details) })),
};

function describe(details: unknown): unknown {
  if (details instanceof Error) return { name: details.name, message: details.message, stack: details.stack };
  return details;
}
