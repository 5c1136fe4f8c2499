import { App } from './App';
import { mountPage } from '../../components/mountPage';
import { OPTIONS_CSS } from './style';

mountPage(<App />, 'optionsTitle', OPTIONS_CSS);
