/** <marquee> scrolls by itself; stop() and start() are its own controls. */
export function setMarquees(doc: Document, still: boolean): void {
  for (const marquee of Array.from(doc.getElementsByTagName('marquee'))) {
    const m = marquee as HTMLElement & { stop(): void; start(): void };
    if (still) m.stop();
    else m.start();
  }
}
