export { exportDocument, exportAll, serializeExport } from './export';
export { parseImport, MAX_IMPORT_BYTES, type ParseImportResult } from './parse-import';
export type { BlobLike } from '@/lib/files/read-json-input';
export {
  importExport,
  findImportConflicts,
  findAssessmentConflicts,
  type ImportCounts,
  type ImportConflict,
  type AssessmentConflict,
  type ConflictChoice,
  type ImportOptions,
} from './import-export';
export { formatIssues, formatPath, MAX_LISTED_ISSUES } from '@/lib/files/format-issues';
export { GENERATOR } from './generator';
