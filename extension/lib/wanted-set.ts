/** The wanted-services set, flipped one key at a time: pure, so it can be tested without a browser. */
export function toggled(wanted: ReadonlySet<string>, key: string): Set<string> {
  const next = new Set(wanted);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}
