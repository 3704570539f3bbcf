import { describe, expect, it, vi } from 'vitest';
import { createWebAnimationsGuard } from '@/lib/page-world/web-animations-guard';

type Win = Window & typeof globalThis;

/** Just enough of the Web Animations API: play states and who called play/pause. */
function fakeWin() {
  class FakeAnimation {
    playState: AnimationPlayState = 'idle';
    plays = 0;
    pauses = 0;
    play() {
      this.plays++;
      this.playState = 'running';
    }
    pause() {
      this.pauses++;
      this.playState = 'paused';
    }
  }
  class FakeCSSAnimation extends FakeAnimation {}
  class FakeCSSTransition extends FakeAnimation {}
  const animateArgs: unknown[][] = [];
  const animateThis: unknown[] = [];
  class FakeElement {
    animate(...args: unknown[]) {
      animateArgs.push(args);
      animateThis.push(this);
      const a = new FakeAnimation();
      a.playState = 'running'; // element.animate() starts playing at once
      return a;
    }
  }
  const all: FakeAnimation[] = [];
  const win = {
    Element: FakeElement,
    Animation: FakeAnimation,
    CSSAnimation: FakeCSSAnimation,
    CSSTransition: FakeCSSTransition,
    document: { getAnimations: () => all },
  } as unknown as Win;
  return { win, all, FakeAnimation, FakeCSSAnimation, FakeCSSTransition, FakeElement, animateArgs, animateThis };
}

const running = <T extends { playState: string }>(a: T) => ((a.playState = 'running'), a);

describe('createWebAnimationsGuard', () => {
  it('element.animate() while on: the animation is paused at once', () => {
    const { win, FakeElement } = fakeWin();
    createWebAnimationsGuard(win, () => true);
    const a = new FakeElement().animate([{ opacity: 0 }], 1000) as unknown as { playState: string };
    expect(a.playState).toBe('paused');
  });

  it('element.animate() while off plays, with the arguments, `this` and return value passed through', () => {
    const { win, FakeElement, animateArgs, animateThis } = fakeWin();
    createWebAnimationsGuard(win, () => false);
    const el = new FakeElement();
    const keyframes = [{ transform: 'scale(2)' }];
    const a = el.animate(keyframes, { duration: 300 }) as unknown as { playState: string };
    expect(a.playState).toBe('running');
    expect(animateArgs.at(-1)).toEqual([keyframes, { duration: 300 }]);
    expect(animateThis.at(-1)).toBe(el);
  });

  it('animation.play() of a scripted animation while on is paused again', () => {
    const { win, FakeAnimation } = fakeWin();
    createWebAnimationsGuard(win, () => true);
    const a = new FakeAnimation();
    a.play();
    expect(a.plays).toBe(1);
    expect(a.playState).toBe('paused');
  });

  it('animation.play() while off plays', () => {
    const { win, FakeAnimation } = fakeWin();
    createWebAnimationsGuard(win, () => false);
    const a = new FakeAnimation();
    a.play();
    expect(a.playState).toBe('running');
  });

  it.each(['CSSAnimation', 'CSSTransition'] as const)('a %s is left to the stylesheet: play() is not paused', (kind) => {
    const fake = fakeWin();
    createWebAnimationsGuard(fake.win, () => true);
    const a = new (kind === 'CSSAnimation' ? fake.FakeCSSAnimation : fake.FakeCSSTransition)();
    a.play();
    expect(a.playState).toBe('running');
    expect(a.pauses).toBe(0);
  });

  it('pauseAll() pauses running scripted animations only', () => {
    const { win, all, FakeAnimation, FakeCSSAnimation, FakeCSSTransition } = fakeWin();
    const guard = createWebAnimationsGuard(win, () => true);
    const scripted = running(new FakeAnimation());
    const css = running(new FakeCSSAnimation());
    const transition = running(new FakeCSSTransition());
    const finished = Object.assign(new FakeAnimation(), { playState: 'finished' as AnimationPlayState });
    const pausedByPage = Object.assign(new FakeAnimation(), { playState: 'paused' as AnimationPlayState });
    all.push(scripted, css, transition, finished, pausedByPage);
    guard.pauseAll();
    expect(scripted.playState).toBe('paused');
    expect(css.playState).toBe('running');
    expect(transition.playState).toBe('running');
    expect(finished.pauses).toBe(0);
    expect(pausedByPage.pauses).toBe(0);
  });

  it('resumeAll() plays again exactly what the guard paused, once', () => {
    const { win, all, FakeAnimation, FakeElement } = fakeWin();
    let on = true;
    const guard = createWebAnimationsGuard(win, () => on);
    const fromAnimate = new FakeElement().animate([], 1) as unknown as InstanceType<typeof FakeAnimation>;
    const fromPlay = new FakeAnimation();
    fromPlay.play();
    const fromPauseAll = running(new FakeAnimation());
    const pausedByPage = Object.assign(new FakeAnimation(), { playState: 'paused' as AnimationPlayState });
    all.push(fromPauseAll, pausedByPage);
    guard.pauseAll();
    on = false;
    guard.resumeAll();
    for (const a of [fromAnimate, fromPlay, fromPauseAll]) expect(a.playState).toBe('running');
    expect(pausedByPage.playState).toBe('paused');
    const plays = fromPauseAll.plays;
    guard.resumeAll();
    expect(fromPauseAll.plays).toBe(plays);
  });

  it('resumeAll() uses the original play(), so a resumed animation is not paused again', () => {
    const { win, all, FakeAnimation } = fakeWin();
    const guard = createWebAnimationsGuard(win, () => true);
    const a = running(new FakeAnimation());
    all.push(a);
    guard.pauseAll();
    guard.resumeAll(); // still "on": only the guard's own resume
    expect(a.playState).toBe('running');
  });

  it('does not pause when the switch is off at the moment of the call', () => {
    const { win, FakeElement } = fakeWin();
    const isOn = vi.fn(() => false);
    createWebAnimationsGuard(win, isOn);
    const a = new FakeElement().animate([], 1) as unknown as { playState: string };
    expect(isOn).toHaveBeenCalled();
    expect(a.playState).toBe('running');
  });
});
