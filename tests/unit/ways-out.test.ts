import { expect, test } from 'vitest';
import { withoutFreeVasNumber } from '../../shared/ways-out.ts';

test("the Call Center Unico is never listed as a way to switch off a carrier's own option, however it is written", () => {
  const ways = [
    { label: 'Chiama il Call Center Unico', number: '800 44 22 99' },
    { label: 'Dalla app MyTIM', number: undefined },
    { label: 'Stesso numero, con prefisso', number: '+39 800442299' },
    { label: 'SMS gratuito', number: '409162' },
  ];
  expect(withoutFreeVasNumber(ways).map((w) => w.label)).toEqual(['Dalla app MyTIM', 'SMS gratuito']);
});
