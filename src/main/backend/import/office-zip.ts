/**
 * Opens the ZIP container of a DOCX or ODT file and explains the usual reasons it fails:
 * Word saves password-protected documents (and old .doc files) as OLE2 compound files,
 * not ZIP; a truncated download breaks the archive; a hostile file may be a zip bomb.
 * Both readers read their parts inside readOfficePackage, so every failure is reported
 * the same way for both formats.
 */
import { CitatError } from '../errors';
import { looksLikeZip, openZip, type ZipArchive } from '../formats/zip-read';
import { asImportError, importError } from './import-error';
import { knownBinaryFormat } from './sniff-binary';

const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isOle2(bytes: Uint8Array): boolean {
  return OLE2_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** True when `bytes` contain `name` encoded as UTF-16LE, as OLE2 directory entries are. */
function containsUtf16Name(bytes: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(
    Buffer.from(needle),
  );
}

function ole2Error(bytes: Uint8Array, fileName: string, expected: string): CitatError {
  if (containsUtf16Name(bytes, 'EncryptedPackage')) {
    return importError(
      fileName,
      'encrypted',
      'the document is password-protected (encrypted); remove the password in Word and import it again',
    );
  }
  if (containsUtf16Name(bytes, 'WordDocument')) {
    return importError(
      fileName,
      'legacy-doc',
      `the file is an old Word .doc file, not ${expected}; open it in Word or LibreOffice and save it as .docx`,
    );
  }
  return importError(
    fileName,
    'encrypted',
    `the file is an OLE2 compound file, not ${expected}: either password-protected (encrypted) or an old Office format`,
  );
}

const ZIP_CODES: Record<string, string> = {
  'zip.bomb': 'zip-bomb',
  'zip.too-large': 'zip-bomb',
  'zip.entry-too-large': 'zip-bomb',
  'zip.too-many-entries': 'zip-bomb',
  'zip.encrypted': 'encrypted',
};

function zipFailure(
  err: unknown,
  fileName: string,
  formatCode: string,
  expected: string,
): CitatError {
  const code = err instanceof CitatError ? ZIP_CODES[err.code] : undefined;
  if (code === 'zip-bomb' && err instanceof Error && !err.message.includes('zip bomb')) {
    return importError(
      fileName,
      code,
      `${err.message.replace(`${fileName}: `, '')}; refused as a possible zip bomb`,
      err,
    );
  }
  if (code) return asImportError(fileName, code, err);
  const detail = err instanceof Error ? err.message.replace(`${fileName}: `, '') : String(err);
  return importError(
    fileName,
    `corrupt-${formatCode}`,
    `the file is damaged or truncated and cannot be read as ${expected} (${detail})`,
    err,
  );
}

/**
 * @param formatCode short name used in error codes (`docx` → `import.corrupt-docx`)
 * @param expected what the file should be, for messages ("a Word .docx document")
 */
function openOfficeZip(
  bytes: Uint8Array,
  fileName: string,
  formatCode: string,
  expected: string,
): ZipArchive {
  if (isOle2(bytes)) throw ole2Error(bytes, fileName, expected);
  if (!looksLikeZip(bytes)) {
    const known = knownBinaryFormat(bytes);
    const actually = known
      ? `it is ${known}`
      : 'it is not a ZIP archive; perhaps another file was renamed';
    throw importError(
      fileName,
      `corrupt-${formatCode}`,
      `the file is not ${expected} (${actually})`,
    );
  }
  try {
    return openZip(bytes, fileName);
  } catch (err) {
    throw zipFailure(err, fileName, formatCode, expected);
  }
}

/** Reads one entry as text (null when absent), mapping bombs and corruption to import errors. */
function readZipText(
  zip: ZipArchive,
  entryName: string,
  fileName: string,
  formatCode: string,
  expected: string,
): string | null {
  const entry = zip.find(entryName);
  if (!entry) return null;
  try {
    return zip.readText(entry);
  } catch (err) {
    throw zipFailure(err, fileName, formatCode, expected);
  }
}

/**
 * Maps a failure while reading a DOCX/ODT's parts to an import error: import errors pass
 * through, XML nested too deep keeps its own code, anything else means a damaged file.
 */
function officeFailure(err: unknown, fileName: string, formatCode: string): CitatError {
  if (err instanceof CitatError && err.code.startsWith('import.')) return err;
  if (err instanceof CitatError && err.code === 'xml.too-deep')
    return asImportError(fileName, 'xml-too-deep', err);
  return asImportError(fileName, `corrupt-${formatCode}`, err);
}

export type OfficeFormat = 'docx' | 'odt';

const FORMATS: Record<OfficeFormat, { expected: string; looksLike: string; mainPart: string }> = {
  docx: {
    expected: 'a Word .docx document',
    looksLike: 'a Word file',
    mainPart: 'word/document.xml',
  },
  odt: {
    expected: 'an OpenDocument .odt document',
    looksLike: 'an OpenDocument file',
    mainPart: 'content.xml',
  },
};

/** What a reader needs of the package while it reads its parts. */
export interface OfficePackage {
  /** What the file should be, for messages ("a Word .docx document"). */
  expected: string;
  /** One part as text, or null when the package has no such part. */
  read(entryName: string): string | null;
  /** The error for a missing main part, with a hint when the file is of the other format. */
  missing(partName: string): CitatError;
  /** The format's error for a package that does not hold what it should. */
  corrupt(problem: string): CitatError;
}

/**
 * Opens a DOCX or ODT and runs `readParts` on it; whatever fails while the parts are read
 * becomes the format's import error (see officeFailure).
 */
export function readOfficePackage<T>(
  bytes: Uint8Array,
  fileName: string,
  format: OfficeFormat,
  readParts: (pkg: OfficePackage) => T,
): T {
  const { expected } = FORMATS[format];
  const zip = openOfficeZip(bytes, fileName, format, expected);
  const otherFormat: OfficeFormat = format === 'docx' ? 'odt' : 'docx';
  const other = FORMATS[otherFormat];
  const pkg: OfficePackage = {
    expected,
    read: (name) => readZipText(zip, name, fileName, format, expected),
    missing: (partName) => {
      const hint = zip.find(other.mainPart)
        ? `; it looks like ${other.looksLike}, rename it to .${otherFormat}`
        : '';
      return pkg.corrupt(`the file is not ${expected}: it has no ${partName}${hint}`);
    },
    corrupt: (problem) => importError(fileName, `corrupt-${format}`, problem),
  };
  try {
    return readParts(pkg);
  } catch (err) {
    throw officeFailure(err, fileName, format);
  }
}
