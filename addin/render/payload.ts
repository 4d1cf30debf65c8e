/**
 * How big a batch of Excel JS API calls is on the wire, estimated before it is sent.
 *
 * Excel on the web refuses a request (one `context.sync()`) larger than 5 MB (RequestPayloadSizeLimitExceeded;
 * Office Add-ins "resource limits"). A queued call travels as JSON: its arguments (a 2-D array of values,
 * formulas or number formats is most of it) plus an envelope naming the object and the method. The renderer
 * estimates each call as the UTF-8 length of its arguments' JSON plus {@link OPERATION_OVERHEAD_BYTES}, and fills
 * each sync up to {@link SYNC_BUDGET_BYTES}, a fifth below the limit, so that an underestimate of the envelope
 * cannot push a request over it.
 */

/** Excel on the web's limit for one request, read as the smaller "5 MB" (5,000,000 bytes). */
export const REQUEST_LIMIT_BYTES = 5_000_000;

/** What the renderer puts into one sync at most (by its own estimate): 80 % of the limit. */
export const SYNC_BUDGET_BYTES = 4_000_000;

/** The envelope of one queued call (object path, action type, property or method name, ids). */
export const OPERATION_OVERHEAD_BYTES = 256;

/**
 * UTF-8 length of a string, without allocating an encoded copy: 1 byte below U+0080, 2 below U+0800, 4 for a
 * surrogate pair (two UTF-16 units), 3 otherwise (CJK text is 3 bytes a character).
 * @example
 * utf8Length("abc")  //=> 3
 * utf8Length("线索")  //=> 6
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 length of a value's JSON (what a call's arguments weigh on the wire). */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "null");
}

/** The JSON weight of each row of a 2-D array (a row and its separating comma). */
export function rowBytes(matrix: readonly (readonly unknown[])[]): number[] {
  return matrix.map((row) => jsonBytes(row) + 1);
}
