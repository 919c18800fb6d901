/**
 * A small PDF object reader, enough for stream dictionaries and the objects they refer
 * to: names, numbers, strings, arrays, dictionaries and `N G R` references. It throws on
 * input it cannot read and on nesting deeper than a stream dictionary needs.
 */

const MAX_DICT_DEPTH = 32;

export type PdfValue =
  | { kind: 'name'; name: string }
  | { kind: 'ref'; num: number; gen: number }
  | { kind: 'dict'; entries: Map<string, PdfValue> }
  | { kind: 'array'; items: PdfValue[] }
  | { kind: 'string'; bytes: Uint8Array }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'other' };

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

export class Lexer {
  constructor(
    private readonly bytes: Uint8Array,
    public pos: number,
  ) {}

  skipSpace(): void {
    const b = this.bytes;
    while (this.pos < b.length) {
      const c = b[this.pos]!;
      if (WHITESPACE.has(c)) this.pos++;
      else if (c === 0x25) {
        while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      } else break;
    }
  }

  private regular(): string {
    const b = this.bytes;
    const start = this.pos;
    while (this.pos < b.length && !WHITESPACE.has(b[this.pos]!) && !DELIMITERS.has(b[this.pos]!))
      this.pos++;
    return Buffer.from(b.subarray(start, this.pos)).toString('latin1');
  }

  private literalString(): Uint8Array {
    const b = this.bytes;
    const out: number[] = [];
    let depth = 1;
    this.pos++;
    while (this.pos < b.length) {
      const c = b[this.pos++]!;
      if (c === 0x5c) {
        const next = b[this.pos++];
        if (next === undefined) break;
        const simple: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12 };
        if (next >= 0x30 && next <= 0x37) {
          let value = next - 0x30;
          for (let i = 0; i < 2 && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x37; i++)
            value = value * 8 + (b[this.pos++]! - 0x30);
          out.push(value & 0xff);
        } else if (next === 0x0d) {
          if (b[this.pos] === 0x0a) this.pos++;
        } else if (next !== 0x0a) out.push(simple[next] ?? next);
      } else if (c === 0x28) {
        depth++;
        out.push(c);
      } else if (c === 0x29) {
        if (--depth === 0) break;
        out.push(c);
      } else out.push(c);
    }
    return Uint8Array.from(out);
  }

  private hexString(): Uint8Array {
    const b = this.bytes;
    this.pos++;
    let digits = '';
    while (this.pos < b.length && b[this.pos] !== 0x3e) {
      const c = String.fromCharCode(b[this.pos++]!);
      if (/[0-9a-fA-F]/.test(c)) digits += c;
    }
    this.pos++;
    if (digits.length % 2 === 1) digits += '0';
    return Uint8Array.from(Buffer.from(digits, 'hex'));
  }

  /** Reads one object; `R` references are folded in. Throws on input it cannot read. */
  value(depth = 0): PdfValue {
    if (depth > MAX_DICT_DEPTH) throw new Error('nested too deep');
    this.skipSpace();
    const b = this.bytes;
    const c = b[this.pos];
    if (c === undefined) throw new Error('unexpected end');
    if (c === 0x2f) {
      this.pos++;
      const raw = this.regular();
      return {
        kind: 'name',
        name: raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) =>
          String.fromCharCode(parseInt(h, 16)),
        ),
      };
    }
    if (c === 0x3c && b[this.pos + 1] === 0x3c) {
      this.pos += 2;
      const entries = new Map<string, PdfValue>();
      for (;;) {
        this.skipSpace();
        if (b[this.pos] === 0x3e && b[this.pos + 1] === 0x3e) {
          this.pos += 2;
          return { kind: 'dict', entries };
        }
        const key = this.value(depth + 1);
        if (key.kind !== 'name') throw new Error('dictionary key is not a name');
        entries.set(key.name, this.value(depth + 1));
      }
    }
    if (c === 0x3c) return { kind: 'string', bytes: this.hexString() };
    if (c === 0x28) return { kind: 'string', bytes: this.literalString() };
    if (c === 0x5b) {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (b[this.pos] === 0x5d) {
          this.pos++;
          return { kind: 'array', items };
        }
        if (this.pos >= b.length) throw new Error('unexpected end');
        items.push(this.value(depth + 1));
      }
    }
    const word = this.regular();
    if (word === '') throw new Error(`unexpected character ${c}`);
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) {
      // "12 0 R" is a reference.
      const save = this.pos;
      if (/^\d+$/.test(word)) {
        this.skipSpace();
        const gen = this.regular();
        if (/^\d+$/.test(gen)) {
          this.skipSpace();
          if (this.regular() === 'R') return { kind: 'ref', num: Number(word), gen: Number(gen) };
        }
        this.pos = save;
      }
      return { kind: 'number', value: Number(word) };
    }
    if (word === 'true' || word === 'false') return { kind: 'bool', value: word === 'true' };
    return { kind: 'other' };
  }
}
