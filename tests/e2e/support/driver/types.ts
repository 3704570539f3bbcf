/**
 * What the shared journeys need from a browser, so one set of journeys runs in Chromium (Playwright)
 * and Firefox (Puppeteer over WebDriver BiDi). Controls are found by role and accessible name.
 */
export type BrowserName = 'chromium' | 'firefox';

export interface Driver {
  readonly name: BrowserName;
  /** Starts the browser with the built extension, in a new profile or `profileDir` (kept for restarts). */
  launch(profileDir?: string): Promise<TestBrowser>;
}

export interface TestBrowser {
  readonly name: BrowserName;
  readonly profileDir: string;
  /** `path` inside the extension, e.g. '/popup.html'. */
  extensionUrl(path: string): string;
  /** A new tab at `url`, once its document is complete. */
  open(url: string): Promise<TestPage>;
  /** A script run in every page opened from now on, before the page's own scripts. */
  addInitScript(source: string): Promise<void>;
  /** Runs `fn` in an extension page; the extension API is `globalThis.browser ?? chrome`. */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Closes the browser and starts it again with the same profile. */
  restart(): Promise<void>;
  /** Every request that went anywhere but this machine or the extension. */
  externalRequests(): string[];
  /** Errors the extension's own pages, background or content scripts reported. */
  extensionErrors(): string[];
  close(): Promise<void>;
  /** Closes the browser and deletes its profile. */
  dispose(): Promise<void>;
}

export interface Control {
  click(): Promise<void>;
  waitFor(timeout?: number): Promise<void>;
  attribute(name: string): Promise<string | null>;
}

export interface TestPage {
  readonly url: string;
  /** Runs `fn` (or a script, as a string) in the page. */
  evaluate<R, A = undefined>(fn: ((arg: A) => R | Promise<R>) | string, arg?: A): Promise<R>;
  /** The control with this role and exact accessible name (a form field: by its label, role ''). */
  control(role: string, name: string): Control;
  /** A click in the middle of the element `selector` matches, as a mouse would. */
  clickAt(selector: string): Promise<void>;
  /** Makes this the tab in front (background tabs may not animate or paint). */
  bringToFront(): Promise<void>;
  /** A PNG of part of the viewport. */
  screenshot(clip: { x: number; y: number; width: number; height: number }): Promise<Uint8Array>;
  reload(): Promise<void>;
  /** Chooses a file in the file input labelled `label`. */
  upload(label: string, file: { name: string; body: string | Uint8Array }): Promise<void>;
  /** Clicks the button named `button` and returns the text of the file it saves. */
  download(button: string): Promise<string>;
  close(): Promise<void>;
}
