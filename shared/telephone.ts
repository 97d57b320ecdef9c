/** tel: and sms: links from numbers as content writes them ("800 44 22 99", "+39 119"): used by the site and the extension. */

/** Digits (and a leading +) only: "800 44 22 99" → "800442299". */
export function dialable(number: string): string {
  return number.replace(/[^0-9+]/g, '');
}

export function telHref(number: string): string {
  return `tel:${dialable(number)}`;
}

/** An sms: link, with the message body when the code needs one (RFC 5724 `?body=`). */
export function smsHref(number: string, text?: string): string {
  const base = `sms:${dialable(number)}`;
  return text ? `${base}?body=${encodeURIComponent(text)}` : base;
}
