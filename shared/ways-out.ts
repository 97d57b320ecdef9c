/**
 * The ways out of a catalog service that both faces list under it. The free Call Center Unico (FREE_VAS_NUMBER)
 * is left out of them: it covers third-party subscriptions only, never a carrier's own option, and each surface
 * shows it on its own, saying what it covers.
 */
import { FREE_VAS_NUMBER } from './config.ts';
import { dialable } from './telephone.ts';

/** True for the Call Center Unico however it is written: "800 44 22 99", "800442299", "+39 800 442299". */
export function isFreeVasNumber(number: string): boolean {
  return dialable(number).replace(/^\+39/, '') === FREE_VAS_NUMBER.tel;
}

/** `ways` without the ones that call or text the Call Center Unico, in their order. */
export function withoutFreeVasNumber<W extends { number?: string | undefined }>(ways: readonly W[]): W[] {
  return ways.filter((w) => !(w.number && isFreeVasNumber(w.number)));
}
