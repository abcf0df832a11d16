import type { CheckResult } from '@/lib/checker';

/** The machine format: sections and findings with UTF-16 offsets into the decoded, BOM-less text. */
export const formatJson = (result: CheckResult): string => JSON.stringify(result);
