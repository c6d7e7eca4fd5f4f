/**
 * Bytes as text in base85 with the alphabet of RFC 1924 and git's binary patches, as Python's
 * `base64.b85encode` writes it (without padding): each 4 bytes, read as a big-endian unsigned
 * integer, become 5 characters, most significant digit first; a last group of n < 4 bytes is
 * padded with zero bytes and written as its first n + 1 characters. The alphabet holds neither
 * `"` nor `\`, so the text goes into a JSON string as it is. Why: 5 characters for 4 bytes where
 * base64 takes 5⅓, a sixteenth less text for a results-log record (see docs/results-format.md).
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~';
/** The character code of each digit, and the digit of each character code (−1: none). */
const CODE = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

/*
 * Why the loops below work on whole 32-bit groups and write character codes into a byte array:
 * a results-log record is about 32 kB of bytes, written once per replication on the main thread
 * and read back for every output, merge and report. A string per group and a division per byte
 * took 1.3–1.4 ms a record each way; these take a tenth of that (docs/performance.md, "The
 * results log's codec, faster"). The arithmetic is the same: a group is an unsigned 32-bit
 * integer, exact in a double.
 */

/** The base85 text of `bytes`. */
export function encodeBase85(bytes: Uint8Array): string {
  const length = bytes.length;
  const whole = length - (length % 4);
  const tail = length - whole;
  const out = new Uint8Array((whole / 4) * 5 + (tail > 0 ? tail + 1 : 0));
  let o = 0;
  for (let i = 0; i < whole; i += 4)
    o = writeGroup(out, o, groupOf(bytes[i]!, bytes[i + 1]!, bytes[i + 2]!, bytes[i + 3]!), 5);
  if (tail > 0) {
    const at = (k: number) => (k < tail ? bytes[whole + k]! : 0); // zero bytes pad the last group
    writeGroup(out, o, groupOf(at(0), at(1), at(2), at(3)), tail + 1);
  }
  return Buffer.from(out.buffer, out.byteOffset, out.length).toString('latin1');
}

/**
 * Four bytes as one unsigned 32-bit integer, the first the most significant. The top byte by
 * multiplication, so the group is a double: `>>> 0` of a group at or past 2^31 made V8 throw
 * the loop's optimised code away again and again (an "overflow" deopt, --trace-deopt). One
 * function for every group, the last one included, so that all share its type feedback.
 */
function groupOf(b0: number, b1: number, b2: number, b3: number): number {
  return b0 * 16777216 + ((b1 << 16) | (b2 << 8) | b3);
}

/** Writes the first `count` of the 5 digits of `word`, most significant first, at `o`; returns the next offset. */
function writeGroup(out: Uint8Array, o: number, word: number, count: number): number {
  let w = word;
  const d4 = w % 85;
  w = (w - d4) / 85;
  const d3 = w % 85;
  w = (w - d3) / 85;
  const d2 = w % 85;
  w = (w - d2) / 85;
  const d1 = w % 85;
  const d0 = (w - d1) / 85;
  out[o] = CODE[d0]!;
  out[o + 1] = CODE[d1]!;
  if (count > 2) out[o + 2] = CODE[d2]!;
  if (count > 3) out[o + 3] = CODE[d3]!;
  if (count > 4) out[o + 4] = CODE[d4]!;
  return o + count;
}

/**
 * Inverse of {@link encodeBase85}. Throws a TypeError for a character outside the alphabet, a
 * group beyond 32 bits, or a length no encoding has (5k + 1 characters).
 */
export function decodeBase85(text: string): Uint8Array {
  const length = text.length;
  if (length % 5 === 1) throw new TypeError(`base85 text cannot be ${length} characters long`);
  const whole = length - (length % 5);
  const tail = length - whole;
  const out = new Uint8Array((whole / 5) * 4 + Math.max(0, tail - 1));
  let o = 0;
  for (let i = 0; i < whole; i += 5) {
    const word = groupAt(text, i, 5);
    out[o] = word >>> 24;
    out[o + 1] = (word >>> 16) & 255;
    out[o + 2] = (word >>> 8) & 255;
    out[o + 3] = word & 255;
    o += 4;
  }
  if (tail > 0) {
    const word = groupAt(text, whole, tail);
    for (let j = 0; j < tail - 1; j++) out[o++] = (word >>> (24 - 8 * j)) & 255;
  }
  return out;
}

/**
 * The group of the `count` characters of `text` from `i` ('~', the largest digit, pads a short
 * last one), checked to be within 32 bits. One function for every group, the last one included,
 * so that all share its type feedback (see {@link groupOf}).
 */
function groupAt(text: string, i: number, count: number): number {
  let word = 0;
  for (let j = 0; j < 5; j++) word = word * 85 + (j < count ? digitAt(text, i + j) : 84);
  if (word > 0xffffffff) throw new TypeError('base85 text holds a group beyond 32 bits');
  return word;
}

/** The digit of the character at `i` of `text`; a TypeError naming it if it is not one. */
function digitAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  const digit = code < 128 ? DIGIT[code]! : -1;
  if (digit < 0) throw new TypeError(`base85 text holds ${JSON.stringify(text[i])}`);
  return digit;
}
