import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hiddenByAttributes } from '../../dom/elements';
import { extractText } from '../../dom/extract';
import { locate } from '../../dom/offsets';

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

describe('extractText in same-origin frames', () => {
  // linkedom has no frames of its own: the frame's document is handed over the way `frameDocument` does in the browser.
  function page(frameHtml: Record<string, string>) {
    const { document } = parseHTML(
      '<!doctype html><html><body><p>Before the <i>frame</i></p><iframe id="a"></iframe>' +
        '<iframe id="b" hidden></iframe><iframe id="x"></iframe><span>after it.</span></body></html>',
    );
    const docs = new Map(Object.entries(frameHtml).map(([id, html]) => [id, parseHTML(`<!doctype html><html><body>${html}</body></html>`).document]));
    const frames = (el: Element) => (docs.get(el.id) as unknown as Document | undefined) ?? null;
    return { body: document.body as unknown as Element, frames };
  }

  it('reads a frame’s text where the frame stands, as lines of its own, and maps it back to the frame’s nodes', () => {
    const { body, frames } = page({ a: '<p>Inside <b>the</b> frame</p><p>Second line', b: '<p>Hidden frame</p>' });
    const extracted = extractText(body, { isHidden: hiddenByAttributes, frames });
    expect(extracted.text.split('\n')).toEqual(['Before the frame', 'Inside the frame', 'Second line', 'after it.']);
    expect(extracted.frames?.map((f) => f.frame.id)).toEqual(['a']);
    const inFrame = extracted.text.indexOf('Inside the') + 'Inside '.length;
    const pos = locate(extracted.segments, inFrame)!;
    expect(pos.node.ownerDocument === extracted.frames![0]!.doc).toBe(true);
    expect(pos.node.data.slice(pos.offset)).toBe('the');
  });

  it('skips frames without the option, and frames whose document it does not give (other origins)', () => {
    const { body, frames } = page({ a: '<p>Inside</p>' });
    const without = extractText(body, { isHidden: hiddenByAttributes });
    expect(without.text).toBe('Before the frame\nafter it.');
    expect(without.frames).toBeUndefined();
    expect(extractText(body, { isHidden: hiddenByAttributes, frames: () => null }).text).toBe('Before the frame\nafter it.');
    expect(extractText(body, { isHidden: hiddenByAttributes, frames }).text).toBe('Before the frame\nInside\nafter it.');
  });
});
