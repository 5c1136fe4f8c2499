import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hiddenByAttributes } from '../../dom/elements';
import { extractText } from '../../dom/extract';
import { locate } from '../../dom/offsets';

function body(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return { document, body: document.body as unknown as Element };
}

describe('extractText on extreme pages', () => {
  it('walks 50,000 nested elements without overflowing the stack', () => {
    const depth = 50_000;
    const html = '<div>'.repeat(depth) + 'Takaichi drummed in Nara.' + '</div>'.repeat(depth);
    const { body: root } = body('<p>Before.</p>');
    // linkedom's parser recurses; build the chain by hand instead.
    const doc = root.ownerDocument;
    let parent: Element = root;
    for (let i = 0; i < depth; i++) {
      const div = doc.createElement(i % 2 ? 'span' : 'div');
      parent.appendChild(div);
      parent = div;
    }
    parent.appendChild(doc.createTextNode('Takaichi drummed in Nara.'));
    const { text } = extractText(root, { isHidden: hiddenByAttributes });
    expect(text).toBe('Before.\nTakaichi drummed in Nara.');
    expect(html.length).toBeGreaterThan(depth);
  });

  it('reads 50,000 sibling elements in document order', () => {
    const { document, body: root } = body('');
    for (let i = 0; i < 50_000; i++) {
      const p = document.createElement('p');
      p.textContent = `Line ${i}.`;
      root.appendChild(p as unknown as Node);
    }
    const { text, segments } = extractText(root, { isHidden: hiddenByAttributes });
    const lines = text.split('\n');
    expect(lines).toHaveLength(50_000);
    expect(lines[0]).toBe('Line 0.');
    expect(lines[49_999]).toBe('Line 49999.');
    expect(segments).toHaveLength(50_000);
  });

  it('keeps one 1 MB text node as one segment with exact offsets', () => {
    const { document, body: root } = body('<p id="x"></p>');
    const big = 'Takaichi and Lee drummed in Nara. '.repeat(31_000);
    document.getElementById('x')!.textContent = big;
    const extracted = extractText(root, { isHidden: hiddenByAttributes });
    expect(extracted.text).toBe(big);
    const pos = locate(extracted.segments, 500_000)!;
    expect(pos.node.data[pos.offset]).toBe(big[500_000]);
  });

  it('never reads editable fields or markup-like text as markup', () => {
    const { document, body: root } = body(
      '<p>&lt;img src=x onerror=alert(1)&gt; Takaichi &lt;script&gt;x()&lt;/script&gt;</p>' +
        '<div contenteditable="">draft</div><div contenteditable="plaintext-only">draft2</div><input value="v"><textarea>t</textarea>',
    );
    const { text } = extractText(root, { isHidden: hiddenByAttributes });
    expect(text).toBe('<img src=x onerror=alert(1)> Takaichi <script>x()</script>');
    expect(document.querySelectorAll('img, script')).toHaveLength(0);
  });

  it('keeps zero-width, soft-hyphen and non-breaking characters so offsets still index the page', () => {
    const { body: root } = body('<p>Taka\u00ADichi\u00A0and Lee\u200B drummed. \u202Bמתופף\u202C</p>');
    const { text, segments } = extractText(root, { isHidden: hiddenByAttributes });
    expect(text).toBe('Taka\u00ADichi\u00A0and Lee\u200B drummed. \u202Bמתופף\u202C');
    expect(segments[0]!.node.data).toBe(text);
  });
});
