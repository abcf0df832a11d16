import { config } from 'zod';

/**
 * Zod compiles object parsers with `new Function` unless told not to, and probes for it when the first
 * object schema is built. Extension pages and content scripts forbid eval (CSP), so the probe only
 * costs a CSP violation: in a content script, tens of milliseconds of the page's start-up. Imported
 * first, before any schema is built.
 */
config({ jitless: true });
