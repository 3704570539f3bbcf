/** Test pages: a bright page with the things migraine mode must calm and must not break. */
export const CALM_TEST_PAGE = `<!doctype html>
<html><head><title>calm test</title><style>
  body { margin: 0; background: #ffffff; color: #000; font: 16px sans-serif; }
  header { position: fixed; top: 0; left: 0; right: 0; height: 50px; background: #fff; border-bottom: 1px solid #000; }
  .spin { width: 40px; height: 40px; margin-top: 80px; background: #000; animation: spin 1s linear infinite; }
  @keyframes spin { to { transform: rotate(360deg); } }
  .fade { transition: opacity 5s linear; }
  .tall { height: 5000px; }
</style></head><body>
  <header id="header">Header</header>
  <div class="spin" id="spinner"></div>
  <button id="press" onclick="this.dataset.clicks = String(Number(this.dataset.clicks || 0) + 1)">Press</button>
  <div class="fade" id="fade">fading</div>
  <div class="tall"></div>
</body></html>`;

/**
 * Runs in every page before any of its scripts: records, at the first animation frame (before the
 * first paint), whether the overlay and the motion rules were already there.
 */
export const FIRST_FRAME_PROBE = `
  window.__penumbraFirstFrame = new Promise((resolve) => {
    requestAnimationFrame(() => {
      const overlay = getComputedStyle(document.documentElement, '::after');
      const probe = document.createElement('div');
      probe.style.animation = 'x 1s infinite';
      document.documentElement.append(probe);
      const motion = getComputedStyle(probe).animationDuration;
      probe.remove();
      resolve({ overlay: overlay.backgroundColor, blend: overlay.mixBlendMode, motion });
    });
  });
`;

export interface FirstFrame {
  overlay: string;
  blend: string;
  motion: string;
}

/** A page with an about:blank frame filled by script and a srcdoc frame, each with a spinner. */
export const FRAMES_PAGE = `<!doctype html><html><body style="background:#fff">
<iframe id="blank" src="about:blank"></iframe>
<iframe id="srcdoc" srcdoc="<style>@keyframes s{to{transform:rotate(1turn)}} div{animation:s 1s infinite}</style><div id=spinner>x</div>"></iframe>
<script>
  const doc = document.getElementById('blank').contentDocument;
  doc.body.innerHTML = '<div id="spinner" style="animation: s 1s infinite">x</div>';
</script>
</body></html>`;
