/**
 * How to switch a service off, from the catalog: free ways first (portal steps, SMS codes, free
 * calls), then the ways that cost money, to avoid. The free number 800 44 22 99 is left out
 * (shared/ways-out.ts): the panel shows it prominently for every service.
 */
import type { SpotlightService } from '../../../shared/catalog/catalog.ts';
import { toCents } from '../../../shared/money.ts';
import { smsHref, telHref } from '../../../shared/telephone.ts';
import { withoutFreeVasNumber } from '../../../shared/ways-out.ts';

export interface WayOut {
  method: 'portal' | 'app' | 'sms' | 'call';
  label: string;
  /** sms: or tel: link for codes and numbers. */
  href: string | undefined;
  steps: string[];
  costCents: number;
  note: string | undefined;
}

function hrefOf(method: WayOut['method'], number: string | undefined, smsText: string | undefined): string | undefined {
  if (!number) return undefined;
  if (method === 'sms') return smsHref(number, smsText);
  if (method === 'call') return telHref(number);
  return undefined;
}

export function waysOut(service: SpotlightService | undefined): { free: WayOut[]; costly: WayOut[] } {
  const ways: WayOut[] = withoutFreeVasNumber(service?.switchOff ?? [])
    .map((w) => ({
      method: w.method,
      label: w.label,
      href: hrefOf(w.method, w.number, w.smsText),
      steps: w.steps,
      costCents: toCents(w.cost),
      note: w.note,
    }));
  return { free: ways.filter((w) => w.costCents === 0), costly: ways.filter((w) => w.costCents > 0) };
}
