/**
 * Writes minimal PDF 1.4 files for import tests: pages with lines of text in Helvetica
 * (WinAnsi, so Danish letters are single bytes), pages without any text, and a file with
 * a standard security handler whose user password is not empty.
 */

export interface PdfLine {
  text: string;
  x?: number;
  y: number;
  size?: number;
}

export interface PdfOptions {
  /** Adds an /Encrypt dictionary whose /U entry no empty password can match. */
  passwordProtected?: boolean;
}

function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

function pageContent(lines: readonly PdfLine[]): string {
  const shown = lines.map(
    (l) => `BT /F1 ${l.size ?? 12} Tf ${l.x ?? 72} ${l.y} Td ${pdfString(l.text)} Tj ET`,
  );
  // A drawn rectangle, so "no text" pages are not simply empty.
  return ['0 0 1 RG 50 50 100 100 re S', ...shown].join('\n');
}

export function buildPdf(
  pages: readonly (readonly PdfLine[])[],
  options: PdfOptions = {},
): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const pageIds = pages.map((_, i) => 4 + i * 2);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`,
  );
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  pages.forEach((lines, i) => {
    const content = pageContent(lines);
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[i]! + 1} 0 R >>`,
    );
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  });
  let encryptRef = '';
  if (options.passwordProtected) {
    const hex = (byte: string) => byte.repeat(32);
    add(
      `<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <${hex('ab')}> /U <${hex('cd')}> >>`,
    );
    encryptRef = ` /Encrypt ${objects.length} 0 R`;
  }

  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const id = '0123456789abcdef0123456789abcdef';
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encryptRef} /ID [<${id}> <${id}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
