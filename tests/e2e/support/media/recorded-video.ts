import type { BrowserContext } from 'playwright-core';

/**
 * The in-page part, as a string (the test runner's transpiler may rename functions inside a function),
 * for any browser's evaluate: resolves to the video, base64.
 */
export const recordCanvasVideoScript = (seconds = 2) => `(async () => {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 48;
    const ctx = canvas.getContext('2d');
    const recorder = new MediaRecorder(canvas.captureStream(25), { mimeType: 'video/webm' });
    const chunks = [];
    recorder.ondataavailable = (e) => chunks.push(e.data);
    const done = new Promise((resolve) => (recorder.onstop = resolve));
    recorder.start();
    const started = performance.now();
    while (performance.now() - started < ${seconds * 1000}) {
      ctx.fillStyle = 'hsl(' + (Math.floor((performance.now() - started) / 4) % 360) + ' 80% 50%)';
      ctx.fillRect(0, 0, 64, 48);
      await new Promise((r) => requestAnimationFrame(r));
    }
    recorder.stop();
    await done;
    const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    return btoa(binary);
  })()`;

/**
 * A short WebM video, recorded in the browser from a canvas whose colour changes every frame
 * (MediaRecorder), so tests need no video files or encoders of their own.
 */
export async function recordCanvasVideo(context: BrowserContext, seconds = 2): Promise<Buffer> {
  const page = await context.newPage();
  await page.goto('about:blank');
  const base64 = (await page.evaluate(recordCanvasVideoScript(seconds))) as string;
  await page.close();
  return Buffer.from(base64, 'base64');
}
