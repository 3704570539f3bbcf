/**
 * What Firefox printed (with devtools.console.stdout.content and browser.dom.window.dump.enabled) about
 * the extension failing: its console.error/warn calls (Penumbra's own all start with "Penumbra"), and
 * uncaught errors and rejections in its moz-extension:// files (pages, background, content scripts).
 * A web page's own errors are not the extension's. "JavaScript warning" lines are not failures: Firefox
 * prints one, "Script terminated by timeout", when it kills a script of a window it is closing, which
 * a slow shutdown on a busy machine can cause.
 */
export function extensionErrorLines(output: readonly string[], uuid: string): string[] {
  return output.filter(
    (line) => /^console\.(error|warn): .*Penumbra/.test(line) || (/^JavaScript error:/.test(line) && line.includes(`moz-extension://${uuid}/`)),
  );
}
