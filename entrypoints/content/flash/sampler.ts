import { sampleYuv } from '@/lib/flash/yuv-sample';

/** Longest side of a sampled frame in pixels: 96 x 54 for 16:9, 48 x 27 detector cells. */
const SAMPLE_SIDE = 96;

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
  let planes: Uint8Array | null = null;
  /** What `planesSize` was asked for: the format and visible size of the frames copied last. */
  let planesFor: [string, number, number] = ['', 0, 0];
  let planesSize = 0;
  let rgba: Uint8ClampedArray | undefined;
  /**
   * Videos whose frames came out already converted to RGB (Firefox ESR 153: BGRA), so that making a
   * VideoFrame of one converts the whole picture for nothing before it is drawn anyway: 4 ms a
   * 1280 x 720 frame, measured, where the draw itself costs 4-5. Their frames are drawn straight away.
   */
  const drawnOnly = new WeakSet<HTMLVideoElement>();

  return {
    /**
     * A sample of the frame a video shows now. Decoded frames in memory (YUV, as software decoding
     * leaves them) are read from their planes (WebCodecs VideoFrame.copyTo: Chrome 94+, Firefox 130+),
     * at a fraction of the cost of drawing them; other frames are drawn into the canvas.
     */
    async sampleVideo(video: HTMLVideoElement): Promise<Sample | 'unreadable' | null> {
      if (typeof VideoFrame === 'undefined' || drawnOnly.has(video)) return this.sample(video, video.videoWidth, video.videoHeight);
      const frame = this.videoFrame(video);
      if (frame === null || frame === 'unreadable') return frame;
      try {
        return await this.sampleFrame(frame, video);
      } finally {
        frame.close();
      }
    },

    /** The frame `video` shows now, for the caller to close; 'unreadable' if the browser refuses it, null if none yet. */
    videoFrame(video: HTMLVideoElement): VideoFrame | 'unreadable' | null {
      try {
        return new VideoFrame(video);
      } catch (error) {
        // A cross-origin video without CORS: SecurityError, as for the canvas; no frame yet: InvalidStateError.
        return (error as { name?: string })?.name === 'SecurityError' ? 'unreadable' : null;
      }
    },

    /** A sample of `frame` (which the caller closes), a frame of `video`; drawn from the video where its planes cannot be read. */
    async sampleFrame(frame: VideoFrame, video: HTMLVideoElement): Promise<Sample | 'unreadable' | null> {
      try {
        const format = frame.format;
        if (format !== 'I420' && format !== 'I420A' && format !== 'NV12') {
          // null: an opaque (GPU) frame, which may come out readable later; a format: it is not YUV.
          if (format) drawnOnly.add(video);
          return this.sample(video, video.videoWidth, video.videoHeight);
        }
        const { width: fw, height: fh } = frame.visibleRect ?? { width: frame.codedWidth, height: frame.codedHeight };
        // The size a copy needs, asked once per format and picture size (asking costs as much as a sample).
        if (planesFor[0] !== format || planesFor[1] !== fw || planesFor[2] !== fh) {
          planesFor = [format, fw, fh];
          planesSize = frame.allocationSize();
        }
        if (!planes || planes.length < planesSize) planes = new Uint8Array(planesSize);
        const layout = await frame.copyTo(planes);
        // One sample pixel per detector cell (its luma averaged over 4 x 4 points): the same cells as a
        // drawn sample, a quarter of the conversions.
        const scale = SAMPLE_SIDE / 2 / Math.max(fw, fh);
        const width = Math.max(2, Math.round(fw * scale));
        const height = Math.max(2, Math.round(fh * scale));
        const space = frame.colorSpace;
        rgba = sampleYuv({ format, data: planes, layout, width: fw, height: fh, matrix: space.matrix ?? null, fullRange: space.fullRange ?? false }, width, height, rgba);
        return { data: rgba, width, height, cellPixels: 1 };
      } catch {
        return null;
      }
    },

    /** The reused canvas's context, sized for a sample of a `sourceWidth` x `sourceHeight` picture. */
    contextFor(sourceWidth: number, sourceHeight: number): CanvasRenderingContext2D | null {
      const scale = SAMPLE_SIDE / Math.max(sourceWidth, sourceHeight);
      const width = Math.max(4, Math.round(sourceWidth * scale));
      const height = Math.max(4, Math.round(sourceHeight * scale));
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
      planes = null;
      rgba = undefined;
      if (canvas) canvas.width = canvas.height = 0;
      canvas = null;
      context = null;
    },
  };
}
