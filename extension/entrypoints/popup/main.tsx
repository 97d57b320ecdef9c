import { render } from 'preact';
import { uiLanguage } from '../../lib/i18n.ts';
import { Popup } from './Popup.tsx';
import './popup.css';

// index.html is written in Italian, the default; the popup then speaks the locale the browser picked.
document.documentElement.lang = uiLanguage();
render(<Popup />, document.getElementById('app')!);
