import { render } from 'preact';
import '@/components/theme.css';
import './review.css';
import { Review } from './Review';

render(<Review />, document.getElementById('app')!);
