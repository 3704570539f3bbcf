/**
 * Scripted motion through the Web Animations API (element.animate, new Animation().play()) is stilled
 * while reduce motion is on; CSS animations and transitions are stilled by the stylesheet instead.
 * Like the stylesheet's 1 ms durations, a finite animation jumps to its end, so pages awaiting its
 * `finished` promise carry on; an endless one is paused.
 */
export function createWebAnimationsGuard(win: Window & typeof globalThis, isOn: () => boolean) {
  const pausedByUs = new Set<Animation>();
  const isScripted = (a: Animation) => !(a instanceof win.CSSAnimation) && !(a instanceof win.CSSTransition);
  const hold = (a: Animation) => {
    if (a.playState !== 'running' && a.playState !== ('pending' as AnimationPlayState)) return;
    if (Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity)) {
      a.finish();
      return;
    }
    a.pause();
    pausedByUs.add(a);
  };

  const animate = win.Element.prototype.animate;
  win.Element.prototype.animate = function (this: Element, ...args: Parameters<Element['animate']>) {
    const animation = animate.apply(this, args);
    if (isOn()) hold(animation);
    return animation;
  };
  const play = win.Animation.prototype.play;
  win.Animation.prototype.play = function (this: Animation) {
    play.call(this);
    if (isOn() && isScripted(this)) hold(this);
  };

  return {
    pauseAll() {
      for (const a of win.document.getAnimations()) if (isScripted(a)) hold(a);
    },
    resumeAll() {
      for (const a of pausedByUs) play.call(a);
      pausedByUs.clear();
    },
  };
}
