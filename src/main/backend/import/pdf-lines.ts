/**
 * Rebuilds lines from the positioned text fragments of one PDF page. A fragment that
 * ends its line (`hasEOL`) or a jump in baseline starts a new line; a large vertical gap
 * (more than 1.8 line heights) becomes a blank line, so paragraphs stay apart; a visible
 * horizontal gap between fragments on one line becomes a space.
 */

/** The parts of a pdf.js TextItem this module needs. */
export interface PdfTextFragment {
  str: string;
  /** [a, b, c, d, e, f]: e/f are the x/y of the baseline start. */
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  y: number;
  height: number;
}

export function fragmentsToText(fragments: readonly PdfTextFragment[]): string {
  const lines: Line[] = [];
  let current: Line | null = null;
  let lastEndX = 0;
  let breakPending = false;

  for (const fragment of fragments) {
    if (fragment.str === '') {
      breakPending ||= fragment.hasEOL;
      continue;
    }
    const [, , c = 0, d = 0, x = 0, y = 0] = fragment.transform;
    const height = Math.abs(fragment.height) || Math.hypot(c, d) || 10;
    const baselineMoved =
      current !== null && Math.abs(y - current.y) > 0.5 * Math.max(height, current.height);
    if (current === null || breakPending || baselineMoved) {
      current = { text: fragment.str, y, height };
      lines.push(current);
    } else {
      const gap = x - lastEndX > 0.2 * height;
      if (gap && !/\s$/u.test(current.text) && !/^\s/u.test(fragment.str)) current.text += ' ';
      current.text += fragment.str;
    }
    lastEndX = x + fragment.width;
    breakPending = fragment.hasEOL;
  }

  let out = '';
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous) {
      const paragraphGap =
        Math.abs(previous.y - line.y) > 1.8 * Math.max(previous.height, line.height);
      out += paragraphGap ? '\n\n' : '\n';
    }
    out += line.text;
  });
  return out;
}
