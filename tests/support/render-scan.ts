/**
 * The render-and-scan check of issue 14: render a component with a translator that marks every text
 * and format it hands out (⟦...⟧), then list what a person would read that carries no mark: a literal
 * string that did not come from the catalogue. Text nodes and the attributes people hear or see
 * (aria-label, title, placeholder, alt, aria-description, aria-valuetext, value of buttons) are read.
 */
import { createTranslator } from '@/lib/i18n/translate';
import { useTranslator } from '@/lib/i18n/ui-text';
import { readCatalogues } from '@/scripts/locale-files';

const english = readCatalogues().en;
const OPEN = '⟦';
const CLOSE = '⟧';

export function installMarkingTranslator(): void {
  useTranslator(createTranslator('en-US', (key) => english[key], (finished) => `${OPEN}${finished}${CLOSE}`));
}

/** What is left of a text once every marked part is taken out (marks may nest: a date in a message). */
export function unmarked(text: string): string {
  let rest = text;
  for (;;) {
    const next = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    if (next === rest) return rest;
    rest = next;
  }
}

// Letters left over are a literal; digits, punctuation and symbols alone (":", "–", "%", "×") are not words.
const hasWords = (text: string) => /\p{L}{2,}/u.test(unmarked(text));
const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-valuetext'];

export function literalTexts(root: Element): string[] {
  const found: string[] = [];
  // Sibling text nodes make up one text ("⟦Started⟧ " + "⟦Monday⟧"), so each element's own text is read whole.
  const elements = [root, ...root.querySelectorAll('*')];
  for (const element of elements) {
    if (element.closest('script, style')) continue;
    const own = [...element.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '').join('');
    if (hasWords(own)) found.push(`<${element.tagName.toLowerCase()}> text: ${own.trim()}`);
    for (const name of ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value && hasWords(value)) found.push(`<${element.tagName.toLowerCase()}> ${name}: ${value}`);
    }
    if (element.tagName === 'INPUT' && ['button', 'submit', 'reset'].includes(element.getAttribute('type') ?? '')) {
      const value = element.getAttribute('value');
      if (value && hasWords(value)) found.push(`<input> value: ${value}`);
    }
  }
  return found;
}

/** A value that is the person's data, not UI wording (a medicine they typed, a host name): exempt from the scan. */
export const data = (value: string): string => `${OPEN}${value}${CLOSE}`;
