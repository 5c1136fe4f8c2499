import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFront } from '../extension/content/front';

// The manifest's content script (wxt.config.ts lists it), built as an unlisted script: WXT's content
// script wrapper would load the API polyfill and touch the extension API before the page is read.
export default defineUnlistedScript(() => startFront(document));
