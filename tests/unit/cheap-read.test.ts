import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index';
import { topicData } from '../../data/topic';
import { changedText } from '../../dom/changed-text';
import { cheapRead } from '../../dom/cheap-read';
import { hiddenByAttributes } from '../../dom/elements';
import { extractText } from '../../dom/extract';
import { createPrefilter } from '../../extension/plan/prefilter';
import { filler, pageHtml, pageLines } from '../../scripts/bench-pages';
import { heavyNewsHtml, offStoryHtml } from '../../scripts/bench-shapes';
import { ROOT } from '../e2e/harness';

const prefilter = createPrefilter(topicData);
const pages = join(ROOT, 'tests/fixtures/pages');
const docs: [string, Document][] = [
  ...readdirSync(pages)
    .filter((f) => f.endsWith('.html'))
    .map((f) => [f, parseHTML(readFileSync(join(pages, f), 'utf8')).document] as [string, Document]),
  ['generated on', parseHTML(pageHtml(pageLines('on', 8000), 'on')).document],
  ['generated off', parseHTML(pageHtml(filler(8000), 'off')).document],
  ['heavy', parseHTML(heavyNewsHtml(150_000)).document],
  ['off-story', parseHTML(offStoryHtml()).document],
];
const fullText = (doc: Document) => extractText(doc.body as unknown as Element, { isHidden: hiddenByAttributes }).text;

describe('the cheapest reading of a page', { timeout: 60_000 }, () => {
  it('rules a group out only where the full reading names it nowhere', () => {
    let ruledOut = 0;
    for (const [name, doc] of docs) {
      const missing = prefilter.missingWords(cheapRead(doc).text);
      const hit = createPrefilter(dataset).groupsHit(fullText(doc));
      for (const i of missing) expect(hit[i], `${name}: group ${i}`).toBe(false);
      if (!prefilter.passesWithout(missing)) {
        ruledOut++;
        expect(createPrefilter(dataset).mayBeOnTopic(fullText(doc)), name).toBe(false);
      }
    }
    // The off-topic fixtures and the generated off-topic pages are ruled out without a full reading.
    expect(ruledOut).toBeGreaterThanOrEqual(5);
    expect(prefilter.passesWithout(prefilter.missingWords(cheapRead(parseHTML(offStoryHtml()).document).text))).toBe(false);
  });

  it('sees words run across elements and blocks, and text in hidden elements', () => {
    const { document } = parseHTML('<html><body><p>Taka<b>ichi</b></p><div hidden>drums</div></body></html>');
    expect(prefilter.passesWithout(prefilter.missingWords(cheapRead(document).text))).toBe(true);
  });

  it('reads changes in proportion to them, with the text either side where a word may be joined', () => {
    const { document } = parseHTML(`<html><body><p id="p">${'x '.repeat(5000)}the Taka</p><p>rest ${'y '.repeat(5000)}</p></body></html>`);
    const p = document.getElementById('p')!;
    const node = document.createTextNode('ichi');
    p.append(node);
    const text = changedText([
      { type: 'childList', target: p, addedNodes: [node], removedNodes: [], previousSibling: p.firstChild, nextSibling: null } as unknown as MutationRecord,
    ])!;
    expect(text).toContain('Takaichi');
    expect(text.length).toBeLessThan(200);
    expect(prefilter.hasWords(text, 0)).toBe(true);
  });
});
