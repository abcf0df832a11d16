/**
 * Written into every export so a file can be traced to the build that made it. Kept equal to
 * package.json's version by tests/unit/transfer/export.test.ts (the extension and the CLI both import
 * this module, and neither can read package.json at run time).
 */
export const GENERATOR = { name: 'pingyue', version: '0.1.0' } as const;
