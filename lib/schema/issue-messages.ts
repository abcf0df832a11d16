import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * The English wording of zod's own issue messages (`Invalid input: expected string, received number`),
 * which classic `zod` loads as it is imported and `zod/mini` leaves out: without it every message zod
 * writes is just "Invalid input". Imported (for its effect) by every script that can show one — the
 * extension pages, the background and lib/files/format-issues — and never by the content script, which
 * shows no issue and keeps the ~3 kB out of the page's start-up.
 */
config(en());
