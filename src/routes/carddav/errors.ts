import type { PropName } from './multistatus';

/** A request the service refuses: 400 for bad XML, 403 / 501 with a DAV precondition for what it does not do. */
export class DavRequestError extends Error {
  constructor(
    readonly status: 400 | 403 | 415 | 501,
    message: string,
    readonly precondition?: PropName,
  ) {
    super(message);
  }
}
