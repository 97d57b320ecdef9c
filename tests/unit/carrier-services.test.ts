/** The spotlight looks for the page's own carrier's services: another carrier's option is not on this line. */
import { expect, test } from 'vitest';
import { Window } from 'happy-dom';
import catalog from 'virtual:sentinella-catalog';
import carrierHosts from 'virtual:sentinella-catalog/carrier-hosts';
import services from 'virtual:sentinella-catalog/detector';
import { servicesForHost } from '../../extension/carrier-page/services/carrier-services.ts';
import { detectServices } from '../../extension/carrier-page/services/detect-services.ts';
import type { SpotlightService } from '../../shared/catalog/catalog.ts';

const all = services as unknown as SpotlightService[];

test('each carrier portal gets exactly its own services; an unknown host gets them all', () => {
  for (const operator of catalog.operators) {
    for (const host of operator.hosts.filter((h) => !h.startsWith('*.'))) {
      const own = servicesForHost(all, carrierHosts, host);
      expect(own.map((s) => s.id), host).toEqual(catalog.services.filter((s) => s.carrier === operator.id).map((s) => s.id));
    }
  }
  expect(servicesForHost(all, carrierHosts, 'localhost')).toHaveLength(all.length);
});

test("a Vodafone option's name on a TIM page is an unknown extra there, never Vodafone's service with Vodafone's ways out", () => {
  const vodafone = catalog.services.find((s) => s.carrier === 'vodafone' && s.id === 'vodafone-rete-sicura')!;
  const win = new Window({ url: 'https://www.tim.it/mytim/' });
  win.document.body.innerHTML = `<section><h2>Le tue opzioni</h2><table><tbody><tr><td>${vodafone.name}</td><td>1,99 €/mese</td><td>Attivo</td><td><button>Disattiva</button></td></tr></tbody></table></section>`;
  const doc = win.document as unknown as Document;
  expect(detectServices(doc, all).map((d) => d.id)).toEqual(['vodafone-rete-sicura']);
  expect(detectServices(doc, servicesForHost(all, carrierHosts, 'www.tim.it')).map((d) => [d.id, d.name])).toEqual([['unknown', vodafone.name]]);
});
