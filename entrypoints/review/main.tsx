import { render } from 'preact';
import '@/components/theme.css';
import { t, uiLocale } from '@/lib/i18n/ui-text';
import './review.css';
import { Review } from './Review';

// The page's language, for screen readers' voices and hyphenation (review.css hyphenates headers).
document.documentElement.lang = uiLocale();
document.title = t('reviewTitle');
render(<Review />, document.getElementById('app')!);
