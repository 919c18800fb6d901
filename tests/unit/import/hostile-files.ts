/**
 * Hostile files made on the fly (none is committed): a .docx whose document part nests
 * 100,000 elements, stored uncompressed, and PDFs whose streams inflate to more than a
 * GiB from a few hundred KiB or a few KiB, or that declare far too many pages.
 *
 * A raw deflate chunk of 1 MiB of zeros ended with a sync flush starts with a literal and
 * refers only to itself, so repeating it gives a valid deflate stream of as many MiB as
 * there are copies, built in milliseconds instead of compressing a GiB.
 */
import { constants, deflateRawSync, deflateSync } from 'node:zlib';
import { zipSync } from 'fflate';

const MIB = 1024 * 1024;

function adler32(data: Buffer): { a: number; b: number } {
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return { a, b };
}

/** A zlib stream that inflates to `prefix` followed by `mebibytes` MiB of zero bytes. */
export function zerosZlib(mebibytes: number, prefix: Buffer = Buffer.alloc(0)): Buffer {
  const sync = { level: 9, finishFlush: constants.Z_SYNC_FLUSH };
  const chunk = deflateRawSync(Buffer.alloc(MIB), sync);
  const head = prefix.length > 0 ? deflateRawSync(prefix, sync) : Buffer.alloc(0);
  // Zeros leave Adler's a alone and add a to b once per byte.
  const { a, b } = adler32(prefix);
  const total = BigInt(mebibytes) * BigInt(MIB);
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((Number((BigInt(b) + total * BigInt(a)) % 65521n) << 16) | a) >>> 0);
  return Buffer.concat([
    Buffer.from([0x78, 0xda]),
    head,
    ...new Array<Buffer>(mebibytes).fill(chunk),
    Buffer.from([0x03, 0x00]), // final empty fixed-Huffman block
    adler,
  ]);
}

export interface HostilePdfOptions {
  /** Pages the page tree claims in /Count, whatever it holds. */
  declaredPages?: number;
  /** MiB of zeros the bomb stream inflates to (0: no bomb). */
  bombMebibytes?: number;
  /** Deflate the bomb once more and declare [/FlateDecode /FlateDecode]. */
  chained?: boolean;
  /** Put the bomb in an object stream that holds the page's font. */
  inObjectStream?: boolean;
  /** Pages declared in the page tree's /Count (each page is the same small page). */
  pages?: number;
}

/**
 * A PDF with one real text page ("I: Hej" / "JKM: Hej") and, depending on the options, a
 * decompression bomb as the page's second content stream (or as an object stream), or a
 * page tree of many pages that share the one content stream.
 */
export function hostilePdf(options: HostilePdfOptions = {}): Uint8Array {
  const pages = options.pages ?? 1;
  const objects: Buffer[] = [];
  const add = (body: string | Buffer) =>
    objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
  const stream = (dictionary: string, data: Buffer) =>
    Buffer.concat([
      Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`, 'latin1'),
      data,
      Buffer.from('\nendstream', 'latin1'),
    ]);

  const mebibytes = options.bombMebibytes ?? 0;
  const filter = options.chained ? '[/FlateDecode /FlateDecode]' : '/FlateDecode';
  const encode = (data: Buffer) => (options.chained ? deflateSync(data) : data);
  const text = 'BT /F1 12 Tf 72 700 Td (I: Hej) Tj ET\nBT /F1 12 Tf 72 680 Td (JKM: Hej) Tj ET\n';
  const font = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  const inObjectStream = mebibytes > 0 && options.inObjectStream === true;
  // 1 catalog, 2 pages, 3 font (or the object stream holding it), 4 text, 5 bomb, 6… pages
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const kids = Array.from({ length: pages }, (_, i) => `${6 + i} 0 R`).join(' ');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${options.declaredPages ?? pages} >>`);
  if (inObjectStream) {
    // The font (object 100) comes first in the object stream and the zeros after it, so
    // resolving the font inflates the whole stream.
    const header = '100 0 ';
    const data = zerosZlib(mebibytes, Buffer.from(`${header}${font}\n`, 'latin1'));
    add(stream(`/Type /ObjStm /N 1 /First ${header.length} /Filter ${filter}`, encode(data)));
  } else {
    add(font);
  }
  add(stream('', Buffer.from(text, 'latin1')));
  const bombContent = mebibytes > 0 && !inObjectStream;
  if (bombContent) add(stream(`/Filter ${filter}`, encode(zerosZlib(mebibytes))));
  else add('<< >>');
  const contents = bombContent ? '[4 0 R 5 0 R]' : '4 0 R';
  const fontRef = inObjectStream ? '100 0 R' : '3 0 R';
  for (let i = 0; i < pages; i++) {
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${fontRef} >> >> /Contents ${contents} >>`,
    );
  }

  const parts: Buffer[] = [Buffer.from('%PDF-1.5\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const object = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(object);
    length += object.length;
  });
  if (!inObjectStream) {
    let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
    for (const offset of offsets) xref += `${String(offset).padStart(10, '0')} 00000 n \n`;
    xref += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
    parts.push(Buffer.from(xref, 'latin1'));
  } else {
    // Object 100 lives in object stream 3: only a cross-reference stream can say so.
    const self = objects.length + 1;
    const row = (type: number, field: number, index: number) => {
      const entry = Buffer.alloc(7);
      entry.writeUInt8(type, 0);
      entry.writeUInt32BE(field, 1);
      entry.writeUInt16BE(index, 5);
      return entry;
    };
    const rows = [
      row(0, 0, 65535),
      ...offsets.map((offset) => row(1, offset, 0)),
      row(1, length, 0),
      row(2, 3, 0),
    ];
    const data = Buffer.concat(rows);
    const xrefStream = Buffer.concat([
      Buffer.from(
        `${self} 0 obj\n<< /Type /XRef /Size 101 /Root 1 0 R /W [1 4 2] /Index [0 ${self + 1} 100 1] /Length ${data.length} >>\nstream\n`,
        'latin1',
      ),
      data,
      Buffer.from(`\nendstream\nendobj\nstartxref\n${length}\n%%EOF\n`, 'latin1'),
    ]);
    parts.push(xrefStream);
  }
  return new Uint8Array(Buffer.concat(parts));
}

/** A .docx whose document part nests `depth` w:sdt elements, stored uncompressed. */
export function deepDocx(depth = 100_000): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const document =
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>` +
    '<w:p><w:r><w:t>I: Hej</w:t></w:r></w:p>' +
    '<w:sdt><w:sdtContent>'.repeat(depth) +
    '<w:p><w:r><w:t>JKM: Hej</w:t></w:r></w:p>' +
    '</w:sdtContent></w:sdt>'.repeat(depth) +
    '</w:body></w:document>';
  const encode = (text: string) => new TextEncoder().encode(text);
  return zipSync(
    {
      '[Content_Types].xml': encode(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': encode(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      'word/document.xml': encode(document),
    },
    { level: 0 },
  );
}

/** A one-page PDF ("I: Hej") with a second content stream of `data` under `filter`. */
export function pdfWithStream(filter: string, data: Buffer, decodeParms = ''): Uint8Array {
  const text = Buffer.from('BT /F1 12 Tf 72 700 Td (I: Hej) Tj ET\n', 'latin1');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents [5 0 R 6 0 R] >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    Buffer.concat([
      Buffer.from(`<< /Length ${text.length} >>\nstream\n`),
      text,
      Buffer.from('\nendstream'),
    ]),
    Buffer.concat([
      Buffer.from(
        `<< /Filter ${filter} ${decodeParms} /Length ${data.length} >>\nstream\n`,
        'latin1',
      ),
      data,
      Buffer.from('\nendstream'),
    ]),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const object = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n'),
    ]);
    parts.push(object);
    length += object.length;
  });
  let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) xref += `${String(offset).padStart(10, '0')} 00000 n \n`;
  xref += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

/** LZW (PDF flavour: 9–12 bit codes, EarlyChange 1, a clear code when the table is full). */
export function lzwEncode(data: Uint8Array): Buffer {
  const out: number[] = [];
  let bits = 0;
  let bitCount = 0;
  let width = 9;
  const write = (code: number) => {
    bits = (bits << width) | code;
    bitCount += width;
    while (bitCount >= 8) {
      out.push((bits >>> (bitCount - 8)) & 0xff);
      bitCount -= 8;
    }
    bits &= (1 << bitCount) - 1;
  };
  let table = new Map<string, number>();
  let next = 258;
  write(256);
  let current = '';
  for (const byte of data) {
    const extended = current + String.fromCharCode(byte);
    if (extended.length === 1 || table.has(extended)) {
      current = extended;
      continue;
    }
    write(current.length === 1 ? current.charCodeAt(0) : table.get(current)!);
    table.set(extended, next++);
    if (next >= 1 << width) width++; // when the decoder, one entry behind, switches (EarlyChange 1)
    if (width > 12 || next >= 4094) {
      write(256);
      table = new Map();
      next = 258;
      width = 9;
    }
    current = String.fromCharCode(byte);
  }
  if (current !== '') write(current.length === 1 ? current.charCodeAt(0) : table.get(current)!);
  write(257);
  if (bitCount > 0) out.push((bits << (8 - bitCount)) & 0xff);
  return Buffer.from(out);
}

/**
 * The LZW codes for a run of zeros, written directly (no dictionary): after a clear code,
 * 0 and then 258, 259, … each stand for one zero more than the last, up to a full table.
 * About 1,300:1; the run is at least `minBytes` long (see lzwZerosLength).
 */
export function lzwZeros(minBytes: number): Buffer {
  const out: number[] = [];
  let bits = 0;
  let bitCount = 0;
  let width = 9;
  const write = (code: number) => {
    bits = (bits << width) | code;
    bitCount += width;
    while (bitCount >= 8) {
      out.push((bits >>> (bitCount - 8)) & 0xff);
      bitCount -= 8;
    }
    bits &= (1 << bitCount) - 1;
  };
  let produced = 0;
  while (produced < minBytes) {
    write(256);
    width = 9;
    let next = 258;
    for (let code = 0; produced < minBytes && next < 4094;) {
      write(code);
      produced += code === 0 ? 1 : code - 256;
      code = next++;
      if (next >= 1 << width) width++;
    }
  }
  write(257);
  if (bitCount > 0) out.push((bits << (8 - bitCount)) & 0xff);
  return Buffer.from(out);
}

/** How many zeros lzwZeros(minBytes) stands for. */
export function lzwZerosLength(minBytes: number): number {
  let produced = 0;
  while (produced < minBytes) {
    let next = 258;
    for (let code = 0; produced < minBytes && next < 4094;) {
      produced += code === 0 ? 1 : code - 256;
      code = next++;
    }
  }
  return produced;
}
