/**
 * The text of a file the user opened, or what it is when it is not UTF-8: a file saved as UTF-16
 * (Windows Notepad's "Unicode") is read when it says so with a byte-order mark and named when it
 * does not; a byte that is not UTF-8 (Latin-1, Windows-1252) is named with its row.
 */
export type Decoded =
  | { ok: true; text: string }
  | { ok: false; problem: { kind: "binary" } }
  /** UTF-16 without a byte-order mark: the bytes alone do not say which order. */
  | { ok: false; problem: { kind: "utf16" } }
  /** The first byte that is not UTF-8: its row (1-based, counted in line breaks) and its value. */
  | { ok: false; problem: { kind: "not-utf8"; row: number; byte: number } };

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte → the sequence length and the allowed range of the second byte (RFC 3629 table).
    let length: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

/**
 * Zeros in one of the two byte positions of at least half the pairs and almost none in the other:
 * Latin-script text saved as UTF-16 without its mark (a binary file has zeros anywhere).
 */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 2) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  return Math.max(even, odd) / pairs >= 0.5 && Math.min(even, odd) / pairs <= 0.05;
}

function rowAt(bytes: Uint8Array, offset: number): number {
  let row = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) row++;
  return row;
}

export function decodeFile(bytes: Uint8Array): Decoded {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (le || be) {
    try {
      // The byte-order mark says which: read as it says (the decoder drops the mark).
      const text = new TextDecoder(le ? "utf-16le" : "utf-16be", { fatal: true }).decode(bytes);
      return text.includes("\0") ? { ok: false, problem: { kind: "binary" } } : { ok: true, text };
    } catch {
      return { ok: false, problem: { kind: "binary" } };
    }
  }
  if (bytes.includes(0))
    return looksUtf16(bytes)
      ? { ok: false, problem: { kind: "utf16" } }
      : { ok: false, problem: { kind: "binary" } };
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    return { ok: false, problem: { kind: "not-utf8", row: rowAt(bytes, bad), byte: bytes[bad]! } };
  }
  // A UTF-8 byte-order mark is dropped by the decoder.
  return { ok: true, text: new TextDecoder("utf-8").decode(bytes) };
}
