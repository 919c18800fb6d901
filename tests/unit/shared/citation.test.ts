import { describe, expect, it } from 'vitest';
import {
  compileCitationTemplate,
  formatLineRange,
  formatTimestamp,
} from '../../../src/shared/citation/template';

const jkm = {
  label: 'JKM',
  name: 'Jens Kristian Munk',
  title: 'Kommunaldirektør',
  organisation: 'Aalborg Kommune',
  lines: '112–118',
  location: 'l. 112–118',
};

describe('citation templates', () => {
  it('renders the ready styles', () => {
    expect(compileCitationTemplate('short').render(jkm)).toBe('(JKM)');
    expect(compileCitationTemplate('long').render(jkm)).toBe(
      '(Jens Kristian Munk, Kommunaldirektør, Aalborg Kommune)',
    );
    expect(compileCitationTemplate('located').render(jkm)).toBe('(JKM, l. 112–118)');
  });

  it('drops optional groups with an empty field and falls back between alternatives', () => {
    const long = compileCitationTemplate('long');
    expect(long.render({ label: 'TC', organisation: 'Holstebro Kommune' })).toBe(
      '(TC, Holstebro Kommune)',
    );
    expect(compileCitationTemplate('[{case}: ]{label}').render({ label: 'JW' })).toBe('JW');
    expect(
      compileCitationTemplate('[[{title}, ]{organisation}]').render({ organisation: 'Vejle' }),
    ).toBe('Vejle');
  });

  it('keeps escaped brackets and braces literal', () => {
    expect(compileCitationTemplate('\\[{label}\\] \\{x\\}').render({ label: 'PFL' })).toBe(
      '[PFL] {x}',
    );
  });

  it('explains mistakes in a template', () => {
    expect(() => compileCitationTemplate('({initials})')).toThrow(/unknown field "\{initials\}"/);
    expect(() => compileCitationTemplate('({label}')).not.toThrow();
    expect(() => compileCitationTemplate('{label')).toThrow(/unclosed "\{"/);
    expect(() => compileCitationTemplate('[{label}')).toThrow(/unclosed "\["/);
    expect(() => compileCitationTemplate('{label}]')).toThrow(/"\]" without "\["/);
  });

  it('formats timestamps and line ranges', () => {
    expect(formatTimestamp(843_000)).toBe('00:14:03');
    expect(formatTimestamp(3_723_999)).toBe('01:02:03');
    expect(formatLineRange(7, 7)).toBe('7');
    expect(formatLineRange(112, 118)).toBe('112–118');
  });
});
