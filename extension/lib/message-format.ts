/**
 * A messages.json entry turned into text as Chrome and Firefox do it: $NAME$ placeholders become their content,
 * then $1… take the substitutions, $$ is a dollar. Used where browser.i18n is not (the spotlight's content
 * scripts, see carrier-page/spotlight/words.ts) and by the tests that render pages with a given locale.
 */
export interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** A message's text with its substitutions; a missing message shows as its key, as lib/i18n.ts does. */
export function format(message: Message | undefined, key: string, substitutions: string | string[] = []): string {
  if (!message) return key;
  const values = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const named = message.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => message.placeholders?.[name.toLowerCase()]?.content ?? whole);
  return named.replace(/\$(\$|[1-9])/g, (_whole, which: string) => (which === '$' ? '$' : (values[Number(which) - 1] ?? '')));
}
