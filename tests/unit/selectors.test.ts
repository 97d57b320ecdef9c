/** Every portal word in extension/carrier-page/portal/selectors.ts matches the strings it lists, and none of those it rules out. */
import { describe, expect, test } from 'vitest';
import { invoicesPage, servicesPage } from '../../extension/carrier-page/portal/selectors.ts';
import { portalPatterns } from '../support/portal-patterns.ts';

const all = [...portalPatterns(servicesPage, 'servicesPage'), ...portalPatterns(invoicesPage, 'invoicesPage')];

test('every pattern has examples both ways', () => {
  expect(all.length).toBeGreaterThanOrEqual(20);
  for (const [name, p] of all) {
    expect(p.examples.match.length, name).toBeGreaterThan(0);
    expect(p.examples.noMatch.length, name).toBeGreaterThan(0);
  }
});

describe.each(all)('%s', (_name, p) => {
  test.each(p.examples.match)('matches "%s"', (s) => expect(p.re.test(s)).toBe(true));
  test.each(p.examples.noMatch)('does not match "%s"', (s) => expect(p.re.test(s)).toBe(false));
});

test('every active status the detector reads holds a word the light check of every carrier page looks for', () => {
  for (const s of servicesPage.activeStatus.examples.match) expect(servicesPage.hints.activeWord.test(s), s).toBe(true);
  for (const s of ['In corso', 'On', 'Active', 'Sottoscritto', 'Stato: abilitata']) {
    expect(servicesPage.activeStatus.re.test(s), s).toBe(true);
    expect(servicesPage.hints.activeWord.test(s), s).toBe(true);
  }
});

test('every status on or off the detector reads holds a word its badge check looks for', () => {
  for (const s of [...servicesPage.activeStatus.examples.match, ...servicesPage.inactiveStatus.examples.match, 'In corso', 'On', 'Off', 'Active', 'Inactive', 'Sottoscritto', 'Revocato', 'Annullata']) {
    expect(servicesPage.activeStatus.re.test(s) || servicesPage.inactiveStatus.re.test(s), s).toBe(true);
    expect(servicesPage.hints.stateWord.test(s), s).toBe(true);
  }
});

test('every heading naming the line\'s services holds a word the light check looks for in sections\' labels', () => {
  for (const s of servicesPage.listHeading.examples.match) expect(servicesPage.hints.listWord.test(s), s).toBe(true);
});
