/**
 * Lenient colour reading for imported codebooks. REFI-QDA allows only `#RGB`/`#RRGGBB`,
 * but real files carry `rgb(…)`, bare hex and the odd colour name (requal #176), and
 * spreadsheets hold whatever people type. Citat stores `#RRGGBB` in upper case.
 */

export type ColorReading =
  { ok: true; color: string; note?: string } | { ok: false; problem: string };

// The 16 HTML 4 colour names plus a few common ones; enough for hand-made spreadsheets.
const NAMED_COLORS: Readonly<Record<string, string>> = {
  black: '#000000',
  silver: '#C0C0C0',
  gray: '#808080',
  grey: '#808080',
  white: '#FFFFFF',
  maroon: '#800000',
  red: '#FF0000',
  purple: '#800080',
  fuchsia: '#FF00FF',
  magenta: '#FF00FF',
  green: '#008000',
  lime: '#00FF00',
  olive: '#808000',
  yellow: '#FFFF00',
  navy: '#000080',
  blue: '#0000FF',
  teal: '#008080',
  aqua: '#00FFFF',
  cyan: '#00FFFF',
  orange: '#FFA500',
  pink: '#FFC0CB',
  brown: '#A52A2A',
};

const hex2 = (n: number): string => n.toString(16).padStart(2, '0').toUpperCase();

function fromRgbFunction(value: string): ColorReading | null {
  const match = /^rgba?\(\s*([^)]*)\)$/i.exec(value);
  if (!match) return null;
  const parts = match[1]!.split(/\s*[,/]\s*|\s+/).filter((part) => part !== '');
  if (parts.length !== 3 && parts.length !== 4) {
    return { ok: false, problem: `"${value}" does not have three colour components` };
  }
  const channels: number[] = [];
  for (const part of parts.slice(0, 3)) {
    const percent = part.endsWith('%');
    const number = Number(percent ? part.slice(0, -1) : part);
    const scaled = percent ? (number * 255) / 100 : number;
    if (!Number.isFinite(scaled) || scaled < 0 || scaled > 255) {
      return { ok: false, problem: `"${value}" has a component outside 0–255` };
    }
    channels.push(Math.round(scaled));
  }
  const color = `#${channels.map(hex2).join('')}`;
  return parts.length === 4
    ? { ok: true, color, note: 'transparency dropped' }
    : { ok: true, color };
}

/** Reads a colour written in any of the accepted notations; never throws. */
export function readColor(raw: string): ColorReading {
  const value = raw.trim();
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(value);
  // Three bare hex digits could just as well be a word ("bad", "fed"); require the '#'.
  if (hex && (value.startsWith('#') || hex[1]!.length !== 3)) {
    const digits = hex[1]!.toUpperCase();
    if (digits.length === 3)
      return { ok: true, color: `#${[...digits].map((d) => d + d).join('')}` };
    if (digits.length === 6) return { ok: true, color: `#${digits}` };
    // CSS order (#RRGGBBAA), the form web-based tools write.
    return { ok: true, color: `#${digits.slice(0, 6)}`, note: 'transparency dropped' };
  }
  const fromFunction = fromRgbFunction(value);
  if (fromFunction) return fromFunction;
  const named = NAMED_COLORS[value.toLowerCase()];
  if (named) return { ok: true, color: named };
  return {
    ok: false,
    problem: `"${raw}" is not a colour (expected #RRGGBB, #RGB or rgb(r, g, b))`,
  };
}
