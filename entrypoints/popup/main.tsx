import { render } from 'preact';
import { App } from './App';
import { t, uiLanguage } from '../../components/i18n';
import { PAGE_CSS } from '../../components/page-styles';
import { CARD_CSS } from '../../components/styles';
import { POPUP_CSS } from './style';

document.documentElement.lang = uiLanguage();
document.title = t('extName');
const style = document.createElement('style');
style.textContent = CARD_CSS + PAGE_CSS + POPUP_CSS;
document.head.append(style);
render(<App />, document.getElementById('app')!);
