// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { backdropOf } from '@/entrypoints/content/flash/backdrop';

afterEach(() => {
  document.body.replaceChildren();
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

const canvasIn = (parent: Node) => parent.appendChild(document.createElement('canvas'));
const box = (background: string, parent: Node = document.body) => {
  const div = document.createElement('div');
  div.style.backgroundColor = background;
  return parent.appendChild(div);
};

describe('backdropOf: what shows through a canvas', () => {
  it("is the page's white where nothing has a background", () => {
    expect(backdropOf(canvasIn(box('transparent')))).toBe('rgb(255, 255, 255)');
  });

  it('is the nearest ancestor with a background, not a farther one', () => {
    document.body.style.backgroundColor = 'rgb(10, 20, 30)';
    expect(backdropOf(canvasIn(box('transparent')))).toBe('rgb(10, 20, 30)');
    expect(backdropOf(canvasIn(box('rgb(200, 0, 0)', box('rgb(0, 0, 200)'))))).toBe('rgb(200, 0, 0)');
  });

  it('skips backgrounds with no alpha left, and reaches the host of a shadow root', () => {
    const host = box('rgb(32, 32, 32)');
    const root = host.attachShadow({ mode: 'open' });
    expect(backdropOf(canvasIn(box('rgba(255, 255, 255, 0)', root)))).toBe('rgb(32, 32, 32)');
  });
});

describe('backdropOf: colours', () => {
  it.each([
    ['rgb(200, 0, 0)', 'rgb(200, 0, 0)'], // a zero blue is not a zero alpha
    ['rgba(0, 0, 0, 0.5)', 'rgba(0, 0, 0, 0.5)'],
    ['rgba(9, 9, 9, 0)', 'rgb(255, 255, 255)'],
  ])('a parent of %s gives %s', (background, expected) => {
    expect(backdropOf(canvasIn(box(background)))).toBe(expected);
  });
});
