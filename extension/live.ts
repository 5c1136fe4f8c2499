// The page checker the content script uses: the bundled data pack, the prefilter, chunked and incremental checks.
import { dataset } from '../data/index';
import { checkText } from './checker';
import { IncrementalChecker } from './incremental';

export function createPageCheck(): IncrementalChecker {
  return new IncrementalChecker((text) => checkText(text), dataset);
}
