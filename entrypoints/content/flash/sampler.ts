import { createFrameReader, drawnSampleSize } from './frame-reader';

export type Sample = { data: Uint8ClampedArray; width: number; height: number; cellPixels?: number };
type DrawWindow = (window: Window, x: number, y: number, w: number, h: number, background: string) => void;

/**
 * Downscales a video or canvas frame into one reused canvas and reads its pixels. `willReadFrequently`
 * keeps that canvas in memory, so reading it back costs no GPU round trip. Returns null when the browser
 * refuses the read ('unreadable'): a cross-origin video without CORS taints the canvas (HTML's
 * "origin-clean" flag), and such media must be reported as not checked, never as safe.
 */
export function createSampler(doc: Document) {
  let canvas: HTMLCanvasElement | null = null;
  let context: CanvasRenderingContext2D | null = null;
  const reader = createFrameReader();
  /**
   * Videos whose frames came out already converted to RGB (Firefox ESR 153: BGRA), so that making a
   * VideoFrame of one converts the whole picture for nothing before it is drawn anyway: 4 ms a
   * 1280 x 720 frame, measured, where the draw itself costs 4-5. Their frames are drawn straight away.
   */
  const drawnOnly = new WeakSet<HTMLVideoElement>();

  return {
    /**
     * A sample of the frame a video shows now: read from its planes where it is YUV in memory
     * (frame-reader.ts), else drawn into the canvas.
     */
    async sampleVideo(video: HTMLVideoElement): Promise<Sample | 'unreadable' | null> {
      if (typeof VideoFrame === 'undefined' || drawnOnly.has(video)) return this.sample(video, video.videoWidth, video.videoHeight);
      let frame: VideoFrame;
      try {
        frame = new VideoFrame(video);
      } catch (error) {
        // A cross-origin video without CORS: SecurityError, as for the canvas; no frame yet: InvalidStateError.
        return (error as { name?: string })?.name === 'SecurityError' ? 'unreadable' : null;
      }
      try {
        return await this.sampleFrame(frame, video);
      } finally {
        frame.close();
      }
    },

    /** A sample of `frame` (which the caller closes), a frame of `video`; drawn from the video where its planes cannot be read. */
    async sampleFrame(frame: VideoFrame, video: HTMLVideoElement): Promise<Sample | 'unreadable' | null> {
      try {
        const sample = await reader.read(frame);
        if (sample !== 'not-yuv') return sample;
        // An opaque (GPU) frame (no format) may come out readable later; a format: it is not YUV.
        if (frame.format) drawnOnly.add(video);
        return this.sample(video, video.videoWidth, video.videoHeight);
      } catch {
        return null;
      }
    },

    /** The reused canvas's context, sized for a sample of a `sourceWidth` x `sourceHeight` picture. */
    contextFor(sourceWidth: number, sourceHeight: number): CanvasRenderingContext2D | null {
      const { width, height } = drawnSampleSize(sourceWidth, sourceHeight);
      if (!canvas) {
        canvas = doc.createElement('canvas');
        context = canvas.getContext('2d', { willReadFrequently: true, alpha: false });
      }
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
      }
      return context;
    },
    /**
     * A sample drawn over `backdrop` (what shows through a canvas's transparent pixels: backdrop.ts),
     * never over the last sample: a transparent canvas drawn over it left the last sample in place
     * through every clear phase (a white/transparent strobe was never seen), and a still transparent
     * chart kept changing as its edges piled up. 'unreadable' when the browser refuses to let it be
     * read; null when there is no frame yet.
     */
    sample(source: HTMLVideoElement | HTMLCanvasElement, sourceWidth: number, sourceHeight: number, backdrop = '#000'): Sample | 'unreadable' | null {
      if (sourceWidth < 1 || sourceHeight < 1) return null;
      const context = this.contextFor(sourceWidth, sourceHeight);
      if (!context || !canvas) return null;
      const { width, height } = canvas;
      try {
        context.clearRect(0, 0, width, height); // opaque black (no alpha): a part-transparent backdrop goes over that
        context.fillStyle = backdrop;
        context.fillRect(0, 0, width, height);
        context.drawImage(source, 0, 0, width, height);
        return { data: context.getImageData(0, 0, width, height).data, width, height };
      } catch (error) {
        return (error as { name?: string })?.name === 'SecurityError' ? 'unreadable' : null;
      }
    },
    /**
     * Firefox only: what the screen shows over `element`, through drawWindow, which Firefox allows
     * callers with the <all_urls> permission (CanvasUtils::HasDrawWindowPrivilege). A cross-origin
     * video the page loaded taints a canvas for content scripts too (CanvasUtils::DoDrawImageSecurityCheck
     * exempts only resources the extension loaded itself), so this is how Firefox can still check it.
     */
    sampleScreen(element: Element, rect: DOMRect): Sample | 'unreadable' {
      const ctx = this.contextFor(rect.width, rect.height) as (CanvasRenderingContext2D & { drawWindow?: DrawWindow }) | null;
      const view = doc.defaultView;
      if (!ctx?.drawWindow || !view || !canvas) return 'unreadable';
      try {
        ctx.save();
        ctx.scale(canvas.width / rect.width, canvas.height / rect.height);
        ctx.drawWindow(view, rect.left + view.scrollX, rect.top + view.scrollY, rect.width, rect.height, 'rgb(0,0,0)');
        ctx.restore();
        return { data: ctx.getImageData(0, 0, canvas.width, canvas.height).data, width: canvas.width, height: canvas.height };
      } catch {
        return 'unreadable';
      }
    },
    release() {
      reader.release();
      if (canvas) canvas.width = canvas.height = 0;
      canvas = null;
      context = null;
    },
  };
}
