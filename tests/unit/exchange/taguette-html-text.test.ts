/**
 * Taguette's HTML → the text its offsets count and the text Citat stores, and the map
 * between them; UTF-8 byte offsets → text indexes as Taguette rounds them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeReferences,
  htmlTextNodes,
  htmlToText,
  utf8OffsetsToIndexes,
} from '../../../src/main/backend/exchange/taguette/html-text';
import { taguetteTagGuid } from '../../../src/main/backend/exchange/taguette/taguette-guid';

const slice = (html: string, start: number, end: number): string => {
  const result = htmlToText(html);
  return result.text.slice(result.map[start]!, result.map[end]!);
};

describe('htmlToText', () => {
  it('counts every text node, also the white space between paragraphs, and gives lines', () => {
    const html = '<p>I: Hej?</p>\n<p>MH: Ja, <strong>medskabere</strong>, ikke bare.</p>';
    const result = htmlToText(html);
    expect(result.taguetteText).toBe('I: Hej?\nMH: Ja, medskabere, ikke bare.');
    expect(result.text).toBe('I: Hej?\nMH: Ja, medskabere, ikke bare.');
    expect(result.map.length).toBe(result.taguetteText.length + 1);
  });

  it('ends lines at paragraphs, headings, list items, rows and <br>; tabs between cells', () => {
    const html =
      '<h1>Titel</h1><p>En<br>to<br/><br>tre</p><ul><li>a</li><li>b</li></ul>' +
      '<table><tbody><tr><td>x</td><td>y</td></tr>\n<tr><th>z</th><td> w </td></tr></tbody></table><p>slut</p>';
    const result = htmlToText(html);
    expect(result.text).toBe('Titel\nEn\nto\n\ntre\na\nb\nx\ty\nz\tw\nslut');
    expect(result.taguetteText).toBe('TitelEntotreabxy\nz w slut');
  });

  it('collapses white space outside <pre> and keeps it inside', () => {
    const html = '<p>  to \n  ord  </p><pre>\n  kode\n    her</pre><p>a\tb</p>';
    const result = htmlToText(html);
    // html5lib drops the line feed right after <pre>; Taguette does not count it.
    expect(result.taguetteText).toBe('  to \n  ord    kode\n    hera\tb');
    expect(result.text).toBe('to ord\n  kode\n    her\na b');
  });

  it('decodes character references, counts comments and scripts without showing them', () => {
    const html =
      '<p>Bl&aring;b&aelig;r &amp; &#248;l &#x1F642; &euro;&nbsp;5 &amp &notit; &#0; &bogus;</p><!-- note --><p>b<script>x<y</script>c</p>';
    const result = htmlToText(html);
    expect(result.taguetteText).toBe(
      'Blåbær & øl 🙂 €\u00a05 & ¬it; \ufffd &bogus; note b' + 'x<y' + 'c',
    );
    expect(result.text).toBe('Blåbær & øl 🙂 €\u00a05 & ¬it; \ufffd &bogus;\nbc');
    expect(decodeReferences('&#x80;&#150;&#xD800;&#99999999999;')).toBe('€–\ufffd\ufffd');
  });

  it('turns CR LF and CR into LF, as the parser does before counting', () => {
    expect(htmlToText('<pre>a\r\nb\rc</pre>').taguetteText).toBe('a\nb\nc');
  });

  it('maps a range of Taguette text onto the same text in Citat', () => {
    const html = '<p>Hvad er den største barriere?</p>\n<p>MH: Ærligt talt <em>jura</em>.</p>';
    const { taguetteText } = htmlToText(html);
    const start = taguetteText.indexOf('barriere');
    const end = taguetteText.indexOf('jura') + 'jura'.length;
    expect(slice(html, start, end)).toBe('barriere?\nMH: Ærligt talt jura');
  });

  it('never throws on broken markup', () => {
    for (const html of [
      '<p',
      '<p>a<b',
      '<!-- open',
      '<<>>',
      '</>',
      '<a href="x>y">t</a>',
      '&',
      '<?x>',
    ])
      expect(() => htmlToText(html), html).not.toThrow();
    expect(htmlToText('<a title="x>y">t</a>').text).toBe('t');
  });
});

/** Text without HTML white space or markup characters, with some non-ASCII and astral. */
const word = fc
  .array(
    fc.constantFrom('a', 'Z', 'æ', 'ø', 'å', 'é', '€', '🙂', '𝔘', '"', "'", '.', '1', '&', '<'),
    { minLength: 1, maxLength: 6 },
  )
  .map((chars) => chars.join(''));
const paragraph = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

describe('htmlToText: properties', () => {
  it('paragraphs joined by "\\n" give the same text to Taguette and to Citat, and every range maps onto itself', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.nat(),
        (paragraphs, a, b) => {
          const html = paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n');
          const result = htmlToText(html);
          const expected = paragraphs.join('\n');
          expect(result.taguetteText).toBe(expected);
          expect(result.text).toBe(expected);
          const start = Math.min(a, b) % (expected.length + 1);
          const end = Math.max(start, Math.max(a, b) % (expected.length + 1));
          expect(slice(html, start, end)).toBe(expected.slice(start, end));
        },
      ),
    );
  });

  it('the map never goes backwards or past the text, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            word,
            fc.constantFrom(
              ' ',
              '\n',
              '\t',
              '<p>',
              '</p>',
              '<br>',
              '<td>',
              '<tr>',
              '<pre>',
              '</pre>',
              '<!--c-->',
              '&amp;',
              '<li>',
            ),
          ),
          { maxLength: 30 },
        ),
        (parts) => {
          const result = htmlToText(parts.join(''));
          expect(result.map.length).toBe(result.taguetteText.length + 1);
          for (let i = 1; i < result.map.length; i++)
            expect(result.map[i]!).toBeGreaterThanOrEqual(result.map[i - 1]!);
          expect(result.map[result.map.length - 1]).toBe(result.text.length);
        },
      ),
    );
  });

  it('a UTF-8 offset at every character boundary comes back as that character index', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), (words) => {
        const text = words.join(' ');
        const boundaries: [number, number][] = [];
        let bytes = 0;
        let index = 0;
        for (const ch of text) {
          boundaries.push([bytes, index]);
          bytes += new TextEncoder().encode(ch).length;
          index += ch.length;
        }
        boundaries.push([bytes, index]);
        const found = utf8OffsetsToIndexes(
          text,
          boundaries.map(([b]) => b),
        );
        for (const [b, i] of boundaries) expect(found.get(b)).toBe(i);
        expect(utf8OffsetsToIndexes(text, [bytes + 1]).get(bytes + 1)).toBeNull();
      }),
    );
  });
});

describe('UTF-8 offsets and tag GUIDs', () => {
  it("rounds an offset inside a character up to its end, as Taguette's split_utf8 does", () => {
    const text = 'aø🙂b';
    const found = utf8OffsetsToIndexes(text, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect([...found.entries()]).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [3, 2],
      [4, 4],
      [5, 4],
      [6, 4],
      [7, 4],
      [8, 5],
      [9, null],
    ]);
  });

  it("gives a tag the GUID Taguette's .qdc gives it", () => {
    expect(taguetteTagGuid('borgerinddragelse')).toBe('a09d6ed0-c1c2-5f3c-9f05-9cbe877e85e7');
    expect(taguetteTagGuid('barriere/risiko')).toBe('cab70efa-90c2-53e2-8de3-c95f6655f03a');
  });

  it('reads a snippet to the text nodes Taguette saved', () => {
    expect(htmlTextNodes('<p>skal være <strong>medskabere</strong>, ikke bare</p>')).toBe(
      'skal være medskabere, ikke bare',
    );
  });
});
