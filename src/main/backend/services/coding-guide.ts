/**
 * The coding guide appendix ("Kodierleitfaden", `codebook.exportGuide`): per top-level code
 * a table of that code and every code below it in codebook order, with definition, anchor
 * examples (codings marked with codings.setAnchor, cited as the matrix cites) and coding
 * rules. Codes with nothing but a name still get their row. Deterministic like every
 * export: the same project and options always give the same bytes.
 */
import { basename, extname } from 'node:path';
import { formatCodePath } from '@shared/domain/codebook';
import { defaultQuoteMarks, type MatrixLanguage, type QuoteMarks } from '@shared/matrix/options';
import type { ExportedFile } from '@shared/api/types';
import {
  codingGuideLabels,
  type CodingGuide,
  type GuideRow,
  type GuideSection,
} from '../export/coding-guide-model';
import { codingGuideToDocx } from '../export/coding-guide-docx';
import { codingGuideToMarkdown } from '../export/coding-guide-markdown';
import { codingGuideToTex } from '../export/coding-guide-tex';
import type { Project } from '../project/project';
import { CodeTree, type CodeInTree } from './codebook-tree';
import { cutText, loadGuideAnchors } from './coding-guide-anchors';

export const CODING_GUIDE_FORMATS = ['docx', 'md', 'tex'] as const;
export type CodingGuideFormat = (typeof CODING_GUIDE_FORMATS)[number];

export interface CodingGuideOptions {
  format: CodingGuideFormat;
  /** Labels and default title; default English, as the matrix. */
  language?: MatrixLanguage;
  /** How anchor examples are cited: a preset (short, long, located) or a template. */
  citation?: string;
  quoteMarks?: QuoteMarks | null;
  title?: string | null;
  /** LaTeX: a complete document rather than a fragment to \input. */
  standalone?: boolean;
}

/** A codebook text in a table cell: about two pages of a narrow column at most. */
export const MAX_FIELD_CHARS = 3000;

const MIME_TYPES: Record<CodingGuideFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  tex: 'application/x-tex; charset=utf-8',
};

const FIELD_NAMES = {
  definition: 'definition',
  whenToUse: 'when to use',
  whenNotToUse: 'when not to use',
  example: 'example',
} as const;

/** The codebook's text fields, trimmed, empty as null, cut when too long (with a warning). */
function fieldsOf(code: CodeInTree, warnings: string[]): Pick<GuideRow, keyof typeof FIELD_NAMES> {
  const field = (key: keyof typeof FIELD_NAMES): string | null => {
    const text = code[key]?.trim() ?? '';
    if (text === '') return null;
    const cut = cutText(text, MAX_FIELD_CHARS);
    if (cut)
      warnings.push(
        `the ${FIELD_NAMES[key]} of "${formatCodePath(code.path)}" is ${text.length} characters long; the guide prints its first ${MAX_FIELD_CHARS}`,
      );
    return cut ?? text;
  };
  return {
    definition: field('definition'),
    whenToUse: field('whenToUse'),
    whenNotToUse: field('whenNotToUse'),
    example: field('example'),
  };
}

export function buildCodingGuide(
  project: Project,
  options: Omit<CodingGuideOptions, 'format'> = {},
): { guide: CodingGuide; warnings: string[] } {
  const language = options.language ?? 'en';
  const tree = CodeTree.load(project);
  const anchors = loadGuideAnchors(project, {
    citation: options.citation ?? 'short',
    quoteMarks: options.quoteMarks ?? defaultQuoteMarks(language),
    codeOrder: tree.ordered.map((code) => code.id),
  });
  const warnings = [...anchors.warnings];
  const sections: GuideSection[] = tree.children(null).map((top) => ({
    rows: tree.subtree(top.id).map((code) => ({
      codeId: code.id,
      name: code.name,
      path: code.path,
      depth: code.depth - top.depth,
      color: code.color,
      ...fieldsOf(code, warnings),
      anchors: anchors.byCode.get(code.id) ?? [],
    })),
  }));
  const title = options.title?.trim() || codingGuideLabels(language).defaultTitle;
  return { guide: { title, language, sections, legend: anchors.legend }, warnings };
}

/** The guide as a file in `options.format`, named after the project. */
export function exportCodingGuide(project: Project, options: CodingGuideOptions): ExportedFile {
  const { guide, warnings } = buildCodingGuide(project, options);
  const bytes =
    options.format === 'docx'
      ? codingGuideToDocx(guide)
      : new TextEncoder().encode(
          options.format === 'md'
            ? codingGuideToMarkdown(guide)
            : codingGuideToTex(guide, { standalone: options.standalone ?? false }),
        );
  const stem = guide.language === 'da' ? 'kodevejledning' : 'coding-guide';
  const projectName = basename(project.path, extname(project.path));
  return {
    fileName: `${stem}-${projectName}.${options.format}`,
    mimeType: MIME_TYPES[options.format],
    bytes,
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}
