/** The spotlight's words in the content scripts: the browser's language, placeholders filled as browser.i18n fills them. */
import { expect, test } from 'vitest';
import en from '../../extension/public/_locales/en/messages.json';
import it from '../../extension/public/_locales/it/messages.json';
import { format, inUiLanguage } from '../../extension/carrier-page/spotlight/words.ts';

test.each([
  ['it', it],
  ['it-IT', it],
  ['en', en],
  ['en-GB', en],
  ['fr-FR', it],
  ['de', it],
])('a browser in %s gets the %s messages', (language, expected) => {
  expect(inUiLanguage({ it, en }, language)).toBe(expected);
});

test('named placeholders take their substitutions, in order', () => {
  expect(format(it.spotlightBadgeYear, 'spotlightBadgeYear', '25,48 €')).toBe("25,48 € all'anno");
  expect(format(it.spotlightHeadline, 'spotlightHeadline', ['3', '93,04 €'])).toBe("Servizi a pagamento: 3 · 93,04 € all'anno");
  expect(format(en.spotlightHeadline, 'spotlightHeadline', ['3', '€93.04'])).toMatch(/3.*€93\.04/);
});

test('a message without placeholders is its text; a missing one shows its key', () => {
  expect(format(it.spotlightKeep, 'spotlightKeep')).toBe('Lo voglio tenere');
  expect(format(undefined, 'spotlightNothing')).toBe('spotlightNothing');
  expect(format({ message: 'costa $$1' }, 'x', '5')).toBe('costa $1');
});
