import type { FrameJob, FrameResult } from './frame-job';
import FrameWorker from './frame-worker?worker&inline';

export type FrameOutcome = FrameResult['outcome'];

/**
 * A page whose Content Security Policy refuses blob: workers also sends its site a violation report
 * (measured in Chromium 156: one report, source-file "chrome-extension"). So a refused worker is never
 * asked for again in this document, even when the guard is turned off and on.
 */
let refused = false;

/**
 * The page side of the flash guard's worker (frame-worker.ts): a video frame is handed over (moved,
 * not copied) and its outcome comes back, so copying the decoded frame, sampling it and running the
 * detector leave the page's main thread. Null where no worker can be started (a page whose Content
 * Security Policy forbids blob: workers; a browser that cannot move a VideoFrame): the guard then
 * does that work on the main thread as before. `broken` turns true if the worker fails later.
 */
export function createFrameWorker(): FrameWorkerClient | null {
  if (refused) return null;
  let worker: Worker;
  try {
    worker = new FrameWorker();
  } catch {
    refused = true;
    return null;
  }
  const waiting = new Map<number, (outcome: FrameOutcome) => void>();
  const client: FrameWorkerClient = {
    broken: false,
    check(id, frame, time, cssWidth, cssHeight, done) {
      if (client.broken) return false;
      const job: FrameJob = { type: 'frame', id, frame, time, cssWidth, cssHeight };
      try {
        worker.postMessage(job, [frame]);
      } catch {
        // A VideoFrame this browser will not move to a worker: no worker then.
        client.broken = true;
        return false;
      }
      waiting.set(id, done);
      return true;
    },
    reset: (id) => worker.postMessage({ type: 'reset', id } satisfies FrameJob),
    forget(id) {
      waiting.delete(id);
      worker.postMessage({ type: 'forget', id } satisfies FrameJob);
    },
    terminate() {
      worker.terminate();
      waiting.clear();
    },
  };
  worker.onmessage = (event: MessageEvent<FrameResult>) => waiting.get(event.data.id)?.(event.data.outcome);
  worker.onerror = () => {
    refused = true;
    client.broken = true;
    for (const done of waiting.values()) done('skipped');
    waiting.clear();
  };
  return client;
}

export interface FrameWorkerClient {
  broken: boolean;
  /** Hands `frame` to the worker (it closes it); false when it could not (then the caller still owns it). */
  check(id: number, frame: VideoFrame, time: number, cssWidth: number, cssHeight: number, done: (outcome: FrameOutcome) => void): boolean;
  reset(id: number): void;
  forget(id: number): void;
  terminate(): void;
}
