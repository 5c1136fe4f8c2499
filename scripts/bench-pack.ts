// What checking the data pack as it loads costs (lib/pack-check.ts): once cold, as the background pays it
// on start, and warm. `npm run bench:pack`.
import { performance } from 'node:perf_hooks';
import pack from '../data/packs/drum-summit/pack.json';
import lexicon from '../data/packs/drum-summit/lexicon.json';
import facts from '../data/packs/drum-summit/facts.json';
import sources from '../data/packs/drum-summit/sources.json';
import language from '../data/language.json';
import terms from '../data/packs/drum-summit/topic-terms.json';
import { readDataset } from '../lib/pack-check';
import { readTopicData } from '../lib/pack-topic';

const json = { pack, lexicon, facts, language, sources };
const time = (f: () => void, n = 1) => {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) f();
  return (performance.now() - t0) / n;
};
const cold = [time(() => readDataset(json)), time(() => readTopicData(terms))];
const warm = [time(() => readDataset(json), 50), time(() => readTopicData(terms), 50)];
console.log(`whole pack (background): ${cold[0]!.toFixed(1)} ms cold, ${warm[0]!.toFixed(2)} ms warm`);
console.log(`topic terms (content script): ${cold[1]!.toFixed(2)} ms cold, ${warm[1]!.toFixed(3)} ms warm`);
