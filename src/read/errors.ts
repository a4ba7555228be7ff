// The per-file read failure, apart from the registry so lazily loaded readers can throw it.
/** A per-file failure that stops this file only: it becomes an error record. */
export class ReadError extends Error {
  constructor(
    readonly id: 'empty-input' | 'binary-input' | 'unreadable-input' | 'input-too-large' | 'no-text-layer' | 'encrypted-input',
    message: string,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}
