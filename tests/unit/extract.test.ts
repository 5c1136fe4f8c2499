import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractText, hiddenByAttributes, locate } from '../../dom/extract';

function extract(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return extractText(document.body as unknown as Element, { isHidden: hiddenByAttributes });
}

describe('extractText', () => {
  it('puts each block on its own line and keeps inline text together', () => {
    const { text } = extract('<h1>Leaders drum</h1><p>They <b>played</b> in\n   Nara.</p><figure><figcaption>A caption</figcaption></figure>');
    expect(text.split('\n')).toEqual(['Leaders drum', 'They played in    Nara.', 'A caption']);
  });

  it('skips scripts, styles, form fields, editable and hidden elements', () => {
    const { text } = extract(
      '<p>Seen.</p><script>var x = "Takaichi";</script><style>p{}</style><textarea>typed Takaichi</textarea>' +
        '<input value="Lee"><div contenteditable="true">draft Lee</div><div hidden>hidden Lee</div>' +
        '<p style="display: none">gone</p><p aria-hidden="true">aria</p><p>Also seen.</p>',
    );
    expect(text).toBe('Seen.\nAlso seen.');
  });

  it('maps every offset back to the text node that holds it', () => {
    const extracted = extract('<p>Alpha <i>beta</i> gamma.</p><p>Delta.</p>');
    for (let i = 0; i < extracted.text.length; i++) {
      const ch = extracted.text[i];
      if (ch === '\n') continue;
      const pos = locate(extracted.segments, i)!;
      expect(pos.node.data[pos.offset]).toBe(ch);
    }
  });
});
