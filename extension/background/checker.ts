// The engine bound to the bundled data pack, built on first use so pages that never need it pay nothing.
import { createChecker, type Checker } from '../../lib/check';
import { dataset } from '../../data/index';
import type { CheckOptions, Claim } from '../../lib/types';

let checker: Checker | undefined;

export function checkText(text: string, options?: CheckOptions): Claim[] {
  checker ??= createChecker(dataset);
  return checker.checkText(text, options);
}
