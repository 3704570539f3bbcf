import { browser } from 'wxt/browser';
import { formatIssue } from '../attack/issues';
import { t } from '../i18n/ui-text';
import type { Input, MessageName, Output } from './protocol';

/** Asks the background; resolves with the validated answer or rejects with its error message. */
export async function send<N extends MessageName>(name: N, input: Input<N>): Promise<Output<N>> {
  // The schemas load beside the request, not before the page's first render.
  const [raw, { protocol, replySchema }] = await Promise.all([
    browser.runtime.sendMessage({ penumbra: 1, name, input }),
    import('./protocol'),
  ]);
  const reply = replySchema.safeParse(raw);
  if (!reply.success) throw new Error(t('errorNoValidAnswer', { name }));
  if (!reply.data.ok) throw new Error(reply.data.error);
  const value = protocol[name].output.safeParse(reply.data.value);
  if (!value.success) throw new Error(t('errorUnexpectedAnswer', { name, issues: value.error.issues.map(formatIssue).join('; ') }));
  return value.data as Output<N>;
}
