import { describe, expect, it } from 'vitest';
import {
  defaultTableFile,
  fileStem,
  sameTableName,
  tableFileProblem,
  withFormat,
} from '../../../../src/renderer/features/tables/table-file';

describe('defaultTableFile', () => {
  it('names the file after the table, Danish letters spelled out', () => {
    expect(defaultTableFile('Bilag 1', 'docx')).toBe('bilag-1.docx');
    expect(fileStem('Økonomi – før/efter (ø, æ, å)')).toBe('oekonomi-foer-efter-oe-ae-aa');
    expect(fileStem('Café Ærø')).toBe('cafe-aeroe');
    expect(defaultTableFile('»«', 'tex')).toBe('table.tex');
  });

  it('keeps a long name short enough for any folder', () => {
    expect(fileStem('x '.repeat(200)).length).toBeLessThanOrEqual(80);
    expect(fileStem('x '.repeat(200))).not.toMatch(/-$/);
  });
});

describe('withFormat', () => {
  it("swaps a matrix format's extension, and adds one to any other name", () => {
    expect(withFormat('../thesis/bilag1.docx', 'tex')).toBe('../thesis/bilag1.tex');
    expect(withFormat('bilag1.DOCX', 'docx')).toBe('bilag1.DOCX');
    expect(withFormat('bilag1', 'md')).toBe('bilag1.md');
    expect(withFormat('bilag.v2', 'xlsx')).toBe('bilag.v2.xlsx');
  });

  it('leaves a folder or an empty field alone', () => {
    expect(withFormat('thesis/', 'md')).toBe('thesis/');
    expect(withFormat('  ', 'md')).toBe('');
  });
});

describe('tableFileProblem', () => {
  it('wants a file name with the format’s extension', () => {
    expect(tableFileProblem(' ', 'docx')).toBe('empty');
    expect(tableFileProblem('thesis/', 'docx')).toBe('folder');
    expect(tableFileProblem('..', 'docx')).toBe('folder');
    expect(tableFileProblem('bilag.tex', 'docx')).toBe('extension');
    expect(tableFileProblem('C:\\speciale\\bilag.docx', 'docx')).toBeNull();
  });
});

describe('sameTableName', () => {
  it('ignores the case of A–Z and surrounding spaces, as the core does, but not of æøå', () => {
    expect(sameTableName('Bilag 1', ' bilag 1 ')).toBe(true);
    expect(sameTableName('Ærø', 'ærø')).toBe(false);
  });
});
