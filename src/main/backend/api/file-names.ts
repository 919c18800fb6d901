/** File names and MIME types for files the API hands out. */
export const MIME_TYPES = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  qdc: 'application/xml',
} as const;

/** A safe file name from a matrix title: "Principper × speakers" → "Principper-x-speakers.docx". */
export function matrixFileName(title: string, extension: keyof typeof MIME_TYPES): string {
  const stem = title
    .normalize('NFKD')
    .replace(/×/g, 'x')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${stem || 'matrix'}.${extension}`;
}
