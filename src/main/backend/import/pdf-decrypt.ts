/**
 * Decryption of PDF streams for the size check in pdf-scan.ts: the standard security
 * handler (revisions 2–6: RC4, AES-128, AES-256) opened with the empty user password,
 * which is all pdf.js tries when no password is given. A file the empty user password does
 * not open gives no decryptor; pdf.js then stops at the password before decoding a stream.
 */
import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';
import type { PdfValue } from './pdf-lexer';

const PADDING = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
  0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);
const EMPTY = new Uint8Array(0);

export interface PdfDecryptor {
  /** The decrypted stream data, or null when it cannot be decrypted. */
  decryptStream(
    data: Uint8Array,
    num: number,
    gen: number,
    dict: Map<string, PdfValue> | null,
  ): Uint8Array | null;
}

type Method = 'rc4' | 'aes' | 'none';

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    const t = s[i]!;
    s[i] = s[j]!;
    s[j] = t;
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    const t = s[i]!;
    s[i] = s[j]!;
    s[j] = t;
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

function digest(algorithm: string, ...parts: Uint8Array[]): Uint8Array {
  const hash = createHash(algorithm);
  for (const part of parts) hash.update(part);
  return new Uint8Array(hash.digest());
}

function equalBytes(a: Uint8Array, b: Uint8Array, length: number): boolean {
  if (a.length < length || b.length < length) return false;
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** AES-CBC decryption; the IV is the first 16 bytes unless given (then no padding). */
function aesDecrypt(key: Uint8Array, data: Uint8Array, iv?: Uint8Array): Uint8Array | null {
  const vector = iv ?? data.subarray(0, 16);
  const body = iv ? data : data.subarray(16);
  if (vector.length !== 16 || body.length === 0) return body.length === 0 ? EMPTY : null;
  const usable = body.subarray(0, body.length - (body.length % 16));
  for (const padding of iv ? [false] : [true, false]) {
    try {
      const decipher = createDecipheriv(`aes-${key.length * 8}-cbc`, key, vector);
      decipher.setAutoPadding(padding);
      return new Uint8Array(Buffer.concat([decipher.update(usable), decipher.final()]));
    } catch {
      // bad padding: try again without removing it
    }
  }
  return null;
}

/** Algorithm 2.B of ISO 32000-2 (revision 6), as pdf.js computes it. */
function hash2b(password: Uint8Array, salt: Uint8Array, userKey: Uint8Array): Uint8Array {
  let k = digest('sha256', password, salt, userKey);
  let e: Uint8Array = EMPTY;
  for (let i = 0; i < 64 || e[e.length - 1]! > i - 32; i++) {
    const unit = Uint8Array.from([...password, ...k, ...userKey]);
    const block = new Uint8Array(unit.length * 64);
    for (let r = 0; r < 64; r++) block.set(unit, r * unit.length);
    const cipher = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32));
    cipher.setAutoPadding(false);
    e = new Uint8Array(Buffer.concat([cipher.update(block), cipher.final()]));
    let sum = 0;
    for (let r = 0; r < 16; r++) sum += e[r]!;
    k = digest(['sha256', 'sha384', 'sha512'][sum % 3]!, e);
  }
  return k.subarray(0, 32);
}

function bytesOf(value: PdfValue | undefined): Uint8Array {
  return value?.kind === 'string' ? value.bytes : EMPTY;
}

function numberOf(value: PdfValue | undefined, fallback: number): number {
  return value?.kind === 'number' ? value.value : fallback;
}

/** The file key of revisions 2–4 for `password` (padded), or null when it does not check out. */
function legacyKey(
  password: Uint8Array,
  revision: number,
  length: number,
  o: Uint8Array,
  u: Uint8Array,
  p: number,
  id: Uint8Array,
  encryptMetadata: boolean,
): Uint8Array | null {
  const padded = Uint8Array.from([...password, ...PADDING].slice(0, 32));
  const permissions = new Uint8Array(4);
  new DataView(permissions.buffer).setInt32(0, p, true);
  const extra = revision >= 4 && !encryptMetadata ? Uint8Array.from([255, 255, 255, 255]) : EMPTY;
  let key = digest('md5', padded, o.subarray(0, 32), permissions, id, extra).subarray(0, length);
  if (revision >= 3) for (let i = 0; i < 50; i++) key = digest('md5', key).subarray(0, length);
  let check: Uint8Array;
  if (revision === 2) {
    check = rc4(key, PADDING);
    return equalBytes(check, u, 32) ? key : null;
  }
  check = rc4(key, digest('md5', PADDING, id));
  for (let i = 1; i <= 19; i++)
    check = rc4(
      key.map((b) => b ^ i),
      check,
    );
  return equalBytes(check, u, 16) ? key : null;
}

function aes256Key(revision: number, entries: Map<string, PdfValue>): Uint8Array | null {
  const u = bytesOf(entries.get('U'));
  const hash = (salt: Uint8Array, userKey: Uint8Array) =>
    revision >= 6 ? hash2b(EMPTY, salt, userKey) : digest('sha256', salt, userKey);
  const zeroIv = new Uint8Array(16);
  if (u.length >= 48 && equalBytes(hash(u.subarray(32, 40), EMPTY), u, 32)) {
    return aesDecrypt(hash(u.subarray(40, 48), EMPTY), bytesOf(entries.get('UE')), zeroIv);
  }
  return null;
}

/** A decryptor for the standard security handler, or null when the empty password fails. */
export function pdfDecryptor(
  entries: Map<string, PdfValue>,
  firstId: Uint8Array,
): PdfDecryptor | null {
  const filter = entries.get('Filter');
  if (filter?.kind !== 'name' || filter.name !== 'Standard') return null;
  const version = numberOf(entries.get('V'), 0);
  const revision = numberOf(entries.get('R'), 2);
  const metadataFlag = entries.get('EncryptMetadata');
  const encryptMetadata = !(metadataFlag?.kind === 'bool' && !metadataFlag.value);
  let method: Method = 'rc4';
  if (version >= 4) {
    const stmF = entries.get('StmF');
    const name = stmF?.kind === 'name' ? stmF.name : 'Identity';
    const cf = entries.get('CF');
    const crypt = cf?.kind === 'dict' ? cf.entries.get(name) : undefined;
    const cfm = crypt?.kind === 'dict' ? crypt.entries.get('CFM') : undefined;
    const cfmName = cfm?.kind === 'name' ? cfm.name : 'None';
    method = name === 'Identity' || cfmName === 'None' ? 'none' : cfmName === 'V2' ? 'rc4' : 'aes';
  }
  let key: Uint8Array | null;
  if (revision >= 5) {
    key = aes256Key(revision, entries);
    if (key === null) return null;
    const fileKey = key;
    return {
      decryptStream: (data) => (method === 'none' ? data : aesDecrypt(fileKey, data)),
    };
  }
  const length = Math.min(Math.max(numberOf(entries.get('Length'), 40) / 8, 5), 16);
  const o = bytesOf(entries.get('O'));
  const u = bytesOf(entries.get('U'));
  const p = numberOf(entries.get('P'), 0) | 0;
  const keyLength = revision === 2 ? 5 : length;
  key = legacyKey(EMPTY, revision, keyLength, o, u, p, firstId, encryptMetadata);
  if (key === null) return null;
  const fileKey = key;
  return {
    decryptStream: (data, num, gen, dict) => {
      const type = dict?.get('Type');
      if (
        method === 'none' ||
        (type?.kind === 'name' && type.name === 'Metadata' && !encryptMetadata)
      )
        return data;
      const salt = method === 'aes' ? Uint8Array.from([0x73, 0x41, 0x6c, 0x54]) : EMPTY;
      const objectId = Uint8Array.from([
        num & 0xff,
        (num >> 8) & 0xff,
        (num >> 16) & 0xff,
        gen & 0xff,
        (gen >> 8) & 0xff,
      ]);
      const objectKey = digest('md5', fileKey, objectId, salt).subarray(
        0,
        Math.min(fileKey.length + 5, 16),
      );
      return method === 'aes' ? aesDecrypt(objectKey, data) : rc4(objectKey, data);
    },
  };
}
