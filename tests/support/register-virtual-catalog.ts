/** `node --import ./tests/support/register-virtual-catalog.ts script.ts`: the catalog's virtual modules outside Vite. */
import { register } from 'node:module';

register('./virtual-catalog-hooks.ts', import.meta.url);
