export { PingyueDB, openPingyueDB, getPingyueDB } from './pingyue-db';
export { StorageFullError, isQuotaError } from './storage-full';
export { findDocument, findOrCreateDocument, openDocument, MAX_DOCUMENT_URLS } from './documents';
export {
  createAnnotation,
  updateAnnotation,
  deleteAnnotations,
  setAnchorStatuses,
  listDocumentAnnotations,
  type NewAnnotation,
  type AnnotationPatch,
  type AnnotationChange,
  type AnchorStatusUpdate,
} from './annotations';
export { UndoStack, type UndoEntry, type UndoKind } from './undo';
export { getActiveTagSetId, getActiveTagSet, setActiveTagSetId } from './settings';
export { getAssessment, lastReviewerName, updateAssessment, type AssessmentPatch } from './assessments';
export {
  createTagSet,
  updateTagSet,
  duplicateTagSet,
  deleteTagSet,
  usageOf,
  importTagSet,
  refreshBuiltInTagSet,
  TagSetInUseError,
  type TagSetUsage,
  type TagSetImportResult,
} from './tag-sets';
