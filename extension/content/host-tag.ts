/** The tag of the one element the extension adds to a page (./ui-host.ts), apart so the front need not load the UI. */
export const HOST_TAG = 'drum-factcheck-ui';

/** Whether an element is the extension's own (its UI host): its changes are not the page's. */
export const isOwn = (el: Element): boolean => el.tagName.toLowerCase() === HOST_TAG;
