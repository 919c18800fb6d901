/**
 * The limits a PDF must keep before pdf.js reads it, and the errors that refuse it: what
 * its streams unpack to (each one, and all together), how much stream data the scan feeds
 * its decoders (overlapping fake streams would make the check itself slow), and pages.
 */
import { importError } from './import-error';

export interface PdfLimits {
  /** Largest decoded size of one stream (all stages of its filter chain added up). */
  maxStreamBytes: number;
  /** Largest decoded size of all streams together. */
  maxTotalBytes: number;
  /** Most pages a PDF may have. */
  maxPages: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = {
  maxStreamBytes: 64 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
  maxPages: 2000,
};

const MIB = 1024 * 1024;

/** Counts what a PDF's streams decode to, and refuses the file once a limit is passed. */
export class DecodeBudget {
  /** Decoded bytes of all streams so far (every stage counted). */
  total = 0;
  private input = 0;
  /** Streams found inside other streams' data are decoded too; their input is bounded. */
  private readonly maxInput: number;

  constructor(
    private readonly limits: PdfLimits,
    private readonly fileName: string,
    fileSize: number,
  ) {
    this.maxInput = 4 * fileSize + MIB;
  }

  /** Counts stream data about to be decoded. */
  feed(bytes: number): void {
    this.input += bytes;
    if (this.input > this.maxInput) {
      throw importError(
        this.fileName,
        'pdf-too-large',
        'its streams overlap one another far more than a PDF needs; refused as a possibly hostile file',
      );
    }
  }

  /** A counter for one stream's decoded bytes (`objectName`: "12 0", for the message). */
  forStream(objectName: string): (bytes: number) => void {
    let streamBytes = 0;
    return (n) => {
      streamBytes += n;
      this.total += n;
      if (streamBytes > this.limits.maxStreamBytes)
        this.tooLarge(
          `stream ${objectName} unpacks to more than ${this.limits.maxStreamBytes / MIB} MiB`,
        );
      if (this.total > this.limits.maxTotalBytes)
        this.tooLarge(`its streams unpack to more than ${this.limits.maxTotalBytes / MIB} MiB`);
    };
  }

  private tooLarge(what: string): never {
    throw importError(
      this.fileName,
      'pdf-too-large',
      `${what}; refused as a possible decompression bomb (the limit is ${this.limits.maxStreamBytes / MIB} MiB per stream and ${this.limits.maxTotalBytes / MIB} MiB in all)`,
    );
  }
}

/** Refuses a PDF with more pages than the limit, with `import.pdf-too-many-pages`. */
export function checkPdfPages(
  pages: number,
  fileName: string,
  limits: PdfLimits = DEFAULT_PDF_LIMITS,
): void {
  if (pages > limits.maxPages) {
    throw importError(
      fileName,
      'pdf-too-many-pages',
      `the PDF has ${pages} pages; the limit is ${limits.maxPages}`,
    );
  }
}
