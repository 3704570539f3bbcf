import type { DetectorState } from '@/lib/flash/detector';
import type { FrameJob, FrameVerdict } from './frame-job';
import FrameWorker from './frame-worker?worker&inline';

type Listener = (verdict: FrameVerdict) => void;

/**
 * The page side of the flash guard's worker (frame-worker.ts). Started only where the background found
 * that the document's Content Security Policies allow a blob: worker (lib/flash/worker-csp.ts): a
 * refused one makes the page report a violation to its site. If it fails all the same, `broken`
 * turns true and each watch is told (`onBroken`), to go on on the main thread.
 */
export function createFrameWorker(): FrameWorkerClient | null {
  let worker: Worker;
  try {
    worker = new FrameWorker();
  } catch {
    return null;
  }
  const listeners = new Map<number, Listener>();
  const brokenListeners = new Set<() => void>();
  let nextId = 1;
  const post = (job: FrameJob, transfer: Transferable[] = []): boolean => {
    if (client.broken) return false;
    try {
      worker.postMessage(job, transfer);
      return true;
    } catch {
      // Something this browser will not move to a worker.
      return false;
    }
  };
  const client: FrameWorkerClient = {
    broken: false,
    watch(listener, onBroken) {
      const id = nextId++;
      listeners.set(id, listener);
      brokenListeners.add(onBroken);
      return {
        stream: (readable, cssWidth, cssHeight, state) => post({ type: 'stream', id, readable, cssWidth, cssHeight, state }, [readable as unknown as Transferable]),
        size: (cssWidth, cssHeight) => void post({ type: 'size', id, cssWidth, cssHeight }),
        reset: () => void post({ type: 'reset', id }),
        forget() {
          listeners.delete(id);
          brokenListeners.delete(onBroken);
          post({ type: 'forget', id });
        },
      };
    },
    terminate() {
      worker.terminate();
      listeners.clear();
      brokenListeners.clear();
    },
  };
  worker.onmessage = (event: MessageEvent<FrameVerdict>) => listeners.get(event.data.id)?.(event.data);
  worker.onerror = () => {
    client.broken = true;
    for (const onBroken of Array.from(brokenListeners)) onBroken();
  };
  return client;
}

/** One video's line to the worker. */
export interface WorkerWatch {
  /** Moves the video's frames to the worker, its detector going on from `state`; false when it could not. */
  stream(readable: ReadableStream<VideoFrame>, cssWidth: number, cssHeight: number, state: DetectorState | null): boolean;
  size(cssWidth: number, cssHeight: number): void;
  reset(): void;
  forget(): void;
}

export interface FrameWorkerClient {
  broken: boolean;
  /** A line for one video: `listener` hears the worker's verdicts on it, `onBroken` that the worker failed. */
  watch(listener: Listener, onBroken: () => void): WorkerWatch;
  terminate(): void;
}
