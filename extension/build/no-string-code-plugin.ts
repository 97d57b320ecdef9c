/**
 * Vite plugin for the extension build: takes out of two dependencies the code paths that turn strings into
 * markup or code, which the extension never uses and Firefox's add-on linter (web-ext lint) rightly flags.
 *
 * - Preact writes `dangerouslySetInnerHTML.__html` with `innerHTML`. Sentinella renders page text as text
 *   and never passes that prop; here the one assignment becomes `textContent`, so even a mistaken use of
 *   the prop would show the string as text instead of parsing it as HTML.
 * - zod probes `new Function("")` to decide whether it may compile validators at run time. The extension
 *   sets `z.config({ jitless: true })` (extension pages forbid code from strings), so the probe's answer is
 *   always "no": here it says so without building a function.
 *
 * Each rewrite must find exactly the code it expects, else the build fails and names the file: an upgraded
 * dependency is looked at again instead of slipping its sink back in.
 */
import type { Plugin } from 'vite';

interface Rewrite {
  /** Which module (by resolved path) the rewrite applies to. */
  file: RegExp;
  find: RegExp;
  replace: string;
}

const REWRITES: Rewrite[] = [
  {
    file: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/,
    find: /\b([A-Za-z_$][\w$]*)\.innerHTML=([A-Za-z_$][\w$]*)\.__html\b/g,
    replace: '$1.textContent=$2.__html',
  },
  {
    file: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    find: /try\s*\{\s*const F = Function;\s*new F\(""\);\s*return true;\s*\}\s*catch\s*\(_\)\s*\{\s*return false;\s*\}/g,
    replace: 'return false;',
  },
];

export function noStringCodePlugin(): Plugin {
  return {
    name: 'sentinella-no-string-code',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0]!;
      const rewrite = REWRITES.find((r) => r.file.test(path));
      if (!rewrite) return undefined;
      const hits = code.match(rewrite.find)?.length ?? 0;
      if (hits !== 1) {
        throw new Error(`${path}: expected the code to rewrite exactly once (found ${hits}); the dependency changed: look again at extension/build/no-string-code-plugin.ts`);
      }
      return { code: code.replace(rewrite.find, rewrite.replace), map: null };
    },
  };
}
