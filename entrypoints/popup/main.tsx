import { render } from 'preact';
import '@/components/theme.css';
import { uiLocale } from '@/lib/i18n/ui-text';
import './popup.css';
import { Popup } from './Popup';

// Screen readers pick their voice, and the browser its hyphenation, from the page's language.
document.documentElement.lang = uiLocale();
render(<Popup />, document.getElementById('app')!);
