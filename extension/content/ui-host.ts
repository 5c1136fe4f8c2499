import { render, type VNode } from 'preact';
import { CARD_CSS } from '../../components/styles';
import { HOST_TAG } from './host-tag';

/**
 * The one element the extension adds to a page: a custom element at the end of <html> holding an
 * open Shadow DOM, so page styles cannot reach the card and ours cannot reach the page.
 */
export class UiHost {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;

  constructor(doc: Document) {
    this.host = doc.createElement(HOST_TAG);
    // Inline and !important: a page rule like `* { position: static }` must not move the layer.
    this.host.style.cssText =
      'all:initial !important;position:absolute !important;top:0 !important;left:0 !important;width:0 !important;height:0 !important;z-index:2147483647 !important;';
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    this.root.append(style);
    doc.documentElement.append(this.host);
  }

  render(view: VNode | null): void {
    render(view, this.root);
  }

  /** The element focused inside our layer, if any (the page only sees the host). */
  focused(): Element | null {
    return this.root.activeElement;
  }

  remove(): void {
    render(null, this.root);
    this.host.remove();
  }
}
