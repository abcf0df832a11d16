import { z } from 'zod/mini';
import { lazySchema } from './lazy-schema';

/**
 * The last instant any stored time may hold: 9999-12-31, the last date a four-digit year can show.
 * A file claiming a later time is malformed (and dates past it break formatting). Whether a time lies
 * in the future is a question for the moment of import: see `futureTimestampIssues`.
 */
export const MAX_TIMESTAMP = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Milliseconds since the epoch, as every stored record keeps its times. */
export const Timestamp = lazySchema(() => z.int().check(z.nonnegative(), z.lte(MAX_TIMESTAMP)));

/**
 * How far ahead of this machine's clock a file's times may be: two reviewers' clocks (or time zones
 * set wrongly) can differ by hours, never by more than a day in honest use.
 */
export const CLOCK_SKEW_ALLOWANCE_MS = 24 * 60 * 60 * 1000;
