import { render } from 'preact';
import { App } from './App';
import { CARD_CSS } from '../../components/styles';
import { POPUP_CSS } from './style';

const style = document.createElement('style');
style.textContent = CARD_CSS + POPUP_CSS;
document.head.append(style);
render(<App />, document.getElementById('app')!);
