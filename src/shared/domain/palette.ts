/**
 * Default code colours: distinct, print-friendly, legible behind black text when drawn
 * as translucent highlights. New codes take the next colour in turn.
 */
export const CODE_PALETTE = [
  '#E57373',
  '#64B5F6',
  '#81C784',
  '#FFB74D',
  '#BA68C8',
  '#4DB6AC',
  '#F06292',
  '#A1887F',
  '#90A4AE',
  '#DCE775',
  '#7986CB',
  '#FFD54F',
  '#4FC3F7',
  '#AED581',
  '#FF8A65',
] as const;

export function paletteColor(index: number): string {
  return CODE_PALETTE[index % CODE_PALETTE.length]!;
}

/** Accepts #RGB, #RRGGBB (any case, with or without #); returns #RRGGBB or null. */
export function normaliseColor(input: string): string | null {
  const hex = input.trim().replace(/^#/, '');
  if (/^[0-9a-fA-F]{3}$/.test(hex)) return `#${[...hex].map((c) => c + c).join('')}`.toUpperCase();
  if (/^[0-9a-fA-F]{6}$/.test(hex)) return `#${hex}`.toUpperCase();
  return null;
}
