import type { Annotation } from '@/lib/schema';
import { deleteAnnotations, updateAnnotation, type AnnotationChange, type AnnotationPatch } from './annotations';
import type { PingyueDB } from './pingyue-db';

/** What an undo step reverts; the panel words its "撤销…" button after it. */
export type UndoKind = 'edit-comment' | 'change-tag' | 'edit' | 'move' | 'delete';

export interface UndoEntry {
  kind: UndoKind;
  /** The annotations as they were before the change. */
  before: readonly Annotation[];
}

/**
 * Undo for annotation edits and deletions. It performs the change through the normal operations and
 * keeps the rows as they were before it; `undo()` writes them back in one transaction. It holds no
 * framework state: the panel keeps one instance for its lifetime.
 */
export class UndoStack {
  readonly #db: PingyueDB;
  readonly #limit: number;
  readonly #entries: UndoEntry[] = [];

  /** @param limit how many steps are kept; the oldest is forgotten first. */
  constructor(db: PingyueDB, limit = 50) {
    this.#db = db;
    this.#limit = limit;
  }

  get canUndo(): boolean {
    return this.#entries.length > 0;
  }

  /** The step `undo()` would revert, for labelling the button. */
  peek(): UndoEntry | undefined {
    return this.#entries.at(-1);
  }

  /** `updateAnnotation`, recorded. Nothing is recorded when the annotation is gone or nothing changed. */
  async update(id: string, patch: AnnotationPatch, now: number): Promise<AnnotationChange | undefined> {
    const change = await updateAnnotation(this.#db, id, patch, now);
    if (change && change.after !== change.before) this.#push({ kind: kindOf(change), before: [change.before] });
    return change;
  }

  /** `deleteAnnotations`, recorded (one step for the whole batch). */
  async delete(ids: readonly string[]): Promise<Annotation[]> {
    const deleted = await deleteAnnotations(this.#db, ids);
    if (deleted.length > 0) this.#push({ kind: 'delete', before: deleted });
    return deleted;
  }

  /**
   * Restores the rows of the latest step, all or none. The restored rows get `updatedAt: now`: undoing
   * is itself an edit, and an older timestamp would let a stale exported copy win an import merge.
   * Resolves to the step undone, or `undefined` when there was none.
   */
  async undo(now: number): Promise<UndoEntry | undefined> {
    const entry = this.#entries.pop();
    if (!entry) return undefined;
    try {
      await this.#db.transaction('rw', this.#db.annotations, () =>
        this.#db.annotations.bulkPut(entry.before.map((a) => ({ ...a, updatedAt: now }))),
      );
    } catch (error) {
      this.#entries.push(entry); // nothing was written, so the step can be retried
      throw error;
    }
    return entry;
  }

  clear(): void {
    this.#entries.length = 0;
  }

  #push(entry: UndoEntry): void {
    this.#entries.push(entry);
    if (this.#entries.length > this.#limit) this.#entries.shift();
  }
}

function kindOf({ before, after }: AnnotationChange): UndoKind {
  const comment = before.comment !== after.comment;
  const tag = before.tagId !== after.tagId;
  if (!comment && !tag) return 'move';
  if (comment && tag) return 'edit';
  return tag ? 'change-tag' : 'edit-comment';
}
