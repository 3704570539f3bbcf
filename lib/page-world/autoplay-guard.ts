import { onNewShadowRoot } from './shadow-roots';

/**
 * Video that starts by itself (autoplay, muted background loops, play() without a click) is paused on
 * its first frame; a video the person starts plays. "The person started it" = the page had a user
 * gesture (navigator.userActivation) when playback began; after that, the element is trusted.
 */
export function createAutoplayGuard(win: Window & typeof globalThis, isOn: () => boolean) {
  const trusted = new WeakSet<HTMLMediaElement>();
  const pausedByUs = new Set<HTMLMediaElement>();
  const wasPlaying = new Set<HTMLMediaElement>();
  const userGesture = () => win.navigator.userActivation?.isActive ?? false;

  const stop = (media: HTMLMediaElement) => {
    media.pause();
    if (media.currentTime < 1) media.currentTime = 0;
    pausedByUs.add(media);
  };

  function onPlay(event: Event) {
    const media = event.target;
    if (!(media instanceof win.HTMLMediaElement) || !isOn() || trusted.has(media)) return;
    if (userGesture()) trusted.add(media);
    else stop(media);
  }

  // 'play' does not cross shadow roots, so every shadow root, open or closed, gets the listener too.
  const listen = (target: Document | ShadowRoot) => target.addEventListener('play', onPlay, true);
  listen(win.document);
  onNewShadowRoot(win, listen);

  const play = win.HTMLMediaElement.prototype.play;
  win.HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
    if (isOn() && !trusted.has(this)) {
      if (!userGesture()) {
        stop(this);
        return Promise.reject(new win.DOMException('Autoplay paused by migraine mode', 'NotAllowedError'));
      }
      trusted.add(this);
    }
    return play.call(this);
  };

  return {
    /** Mode switched on while videos already play by themselves: pause them. */
    pausePlaying() {
      for (const media of Array.from(win.document.querySelectorAll('video, audio'))) {
        const m = media as HTMLMediaElement;
        if (!m.paused && !trusted.has(m)) {
          stop(m);
          wasPlaying.add(m);
        }
      }
    },
    /** Mode switched off: what we paused plays again (autoplay media, and media that were playing). */
    resume() {
      for (const media of pausedByUs) {
        if (media.isConnected && (media.autoplay || wasPlaying.has(media))) void play.call(media).catch(() => {});
      }
      pausedByUs.clear();
      wasPlaying.clear();
    },
  };
}
