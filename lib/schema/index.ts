export * from './selectors';
export * from './document';
export * from './annotation';
export * from './tag-set';
export * from './messages';
export * from './export-file';
export * from './assessment';
export * from './viewer-app';
