import { render, type VNode } from 'preact';
import { t, uiLanguage, type MessageKey } from '../ui-base/vocabulary';
import { PAGE_CSS } from './page-styles';
import { CARD_CSS } from './styles';

/** Start an extension page (popup, options) in the UI language, with the shared styles and its own. */
export function mountPage(app: VNode, title: MessageKey, css: string): void {
  document.documentElement.lang = uiLanguage();
  document.title = t(title);
  const style = document.createElement('style');
  style.textContent = CARD_CSS + PAGE_CSS + css;
  document.head.append(style);
  render(app, document.getElementById('app')!);
}
