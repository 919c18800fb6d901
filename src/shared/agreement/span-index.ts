/** Spans grouped by document, code and coder, the order every agreement measure reads them in. */
import type { Interval } from './intervals';
import type { AgreementInput, ComparedDocument } from './types';

export class SpanIndex {
  private readonly byDocument = new Map<string, Map<string, Map<string, Interval[]>>>();

  constructor(input: AgreementInput) {
    const codes = new Set(input.codes);
    for (const span of input.spans) {
      if (!codes.has(span.code) || span.end <= span.start) continue;
      let byCode = this.byDocument.get(span.document);
      if (!byCode) this.byDocument.set(span.document, (byCode = new Map()));
      let byCoder = byCode.get(span.code);
      if (!byCoder) byCode.set(span.code, (byCoder = new Map()));
      let list = byCoder.get(span.coder);
      if (!list) byCoder.set(span.coder, (list = []));
      list.push({ start: span.start, end: span.end });
    }
  }

  /** The segments `coder` coded with `code` in `document`, in document order. */
  segments(document: string, code: string, coder: string): Interval[] {
    const list = this.byDocument.get(document)?.get(code)?.get(coder) ?? [];
    return [...list].sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** Every segment any of `coders` coded in `document` with any compared code. */
  segmentsOfCoders(document: string, coders: readonly string[]): Interval[] {
    const out: Interval[] = [];
    for (const byCoder of this.byDocument.get(document)?.values() ?? []) {
      for (const coder of coders) out.push(...(byCoder.get(coder) ?? []));
    }
    return out;
  }
}

/** The compared coders who coded `document` at all, in the order of `coders`. */
export function codersPresent(document: ComparedDocument, coders: readonly string[]): string[] {
  const present = new Set(document.coders);
  return coders.filter((coder) => present.has(coder));
}
