import { App } from './App';
import { mountPage } from '../../components/mountPage';
import { POPUP_CSS } from './style';

mountPage(<App />, 'extName', POPUP_CSS);
