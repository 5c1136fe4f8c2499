import { App } from './App';
import { mountPage } from '../../components/mountPage';
import { SOURCES_CSS } from './style';

mountPage(<App search={location.search} />, 'sourcesTitle', SOURCES_CSS);
