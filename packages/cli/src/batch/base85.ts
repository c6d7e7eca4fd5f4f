/**
 * Bytes as text in base85 with the alphabet of RFC 1924 and git's binary patches, as Python's
 * `base64.b85encode` writes it (without padding): each 4 bytes, read as a big-endian unsigned
 * integer, become 5 characters, most significant digit first; a last group of n < 4 bytes is
 * padded with zero bytes and written as its first n + 1 characters. The alphabet holds neither
 * `"` nor `\`, so the text goes into a JSON string as it is. Why: 5 characters for 4 bytes where
 * base64 takes 5⅓, a sixteenth less text for a results-log record (see docs/results-format.md).
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DIGIT[ALPHABET.charCodeAt(i)] = i;

/** The base85 text of `bytes`. */
export function encodeBase85(bytes: Uint8Array): string {
  const parts: string[] = [];
  const digits = new Array<string>(5);
  for (let i = 0; i < bytes.length; i += 4) {
    const n = Math.min(4, bytes.length - i);
    let word = 0;
    for (let j = 0; j < 4; j++) word = word * 256 + (j < n ? bytes[i + j]! : 0);
    for (let j = 4; j >= 0; j--) {
      digits[j] = ALPHABET[word % 85]!;
      word = Math.floor(word / 85);
    }
    parts.push(digits.slice(0, n + 1).join(''));
  }
  return parts.join('');
}

/**
 * Inverse of {@link encodeBase85}. Throws a TypeError for a character outside the alphabet, a
 * group beyond 32 bits, or a length no encoding has (5k + 1 characters).
 */
export function decodeBase85(text: string): Uint8Array {
  if (text.length % 5 === 1) throw new TypeError(`base85 text cannot be ${text.length} characters long`);
  const out = new Uint8Array(Math.floor(text.length / 5) * 4 + Math.max(0, (text.length % 5) - 1));
  let o = 0;
  for (let i = 0; i < text.length; i += 5) {
    const n = Math.min(5, text.length - i);
    let word = 0;
    for (let j = 0; j < 5; j++) {
      const code = j < n ? text.charCodeAt(i + j) : 126; // '~', the largest digit, pads
      const digit = code < 128 ? DIGIT[code]! : -1;
      if (digit < 0) throw new TypeError(`base85 text holds ${JSON.stringify(text[i + j])}`);
      word = word * 85 + digit;
    }
    if (word > 0xffffffff) throw new TypeError('base85 text holds a group beyond 32 bits');
    // engine-math: 2 ** k for a small integer k is an exact power of two on every engine.
    for (let j = 0; j < n - 1; j++) out[o++] = Math.floor(word / 2 ** (24 - 8 * j)) % 256;
  }
  return out;
}
