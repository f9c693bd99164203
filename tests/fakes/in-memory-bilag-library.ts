/**
 * A BilagLibrary in memory: files by folder path as the Graph library stores them, so a test sees
 * where an upload went; `hold()` keeps the next upload open until the test lets it finish.
 */
import type { Bilag } from '../../src/domain/bilag';
import type { BilagLibrary, LibraryEntry } from '../../src/domain/ports';

export interface StoredFile {
  path: string;
  size: number;
  type: string;
}

export class InMemoryBilagLibrary implements BilagLibrary {
  readonly files: StoredFile[] = [];
  private held: { resolve: () => void; reject: (error: unknown) => void; sent: (n: number) => void } | null = null;
  private holding = false;
  /** Thrown by the next upload or browse, when set. */
  failWith: unknown = null;

  constructor(initial: StoredFile[] = []) {
    this.files.push(...initial);
  }

  /** Makes the next upload wait until `finish()` or `fail()`; `progress(n)` reports n bytes sent. */
  hold(): { progress: (sent: number) => void; finish: () => void; fail: (error: unknown) => void } {
    this.holding = true;
    return {
      progress: (sent) => this.held?.sent(sent),
      finish: () => this.held?.resolve(),
      fail: (error) => this.held?.reject(error),
    };
  }

  async upload(
    target: { date: string; closed: boolean },
    file: { name: string; bytes: Uint8Array; type: string },
    onProgress?: (sent: number, total: number) => void,
  ): Promise<Bilag> {
    if (this.failWith) throw this.failWith;
    if (this.holding) {
      this.holding = false;
      await new Promise<void>((resolve, reject) => {
        this.held = { resolve, reject, sent: (n) => onProgress?.(n, file.bytes.length) };
      });
    }
    const path = `${target.closed ? 'Bilag (lukket)' : 'Bilag'}/${target.date.slice(0, 4)}/${target.date}/${file.name}`;
    this.files.push({ path, size: file.bytes.length, type: file.type });
    onProgress?.(file.bytes.length, file.bytes.length);
    return { name: file.name, url: `https://library.test/${encodeURI(path)}` };
  }

  async browse(closed: boolean, path: readonly string[]): Promise<LibraryEntry[]> {
    if (this.failWith) throw this.failWith;
    const prefix = [closed ? 'Bilag (lukket)' : 'Bilag', ...path].join('/') + '/';
    const entries = new Map<string, LibraryEntry>();
    for (const file of this.files.filter((f) => f.path.startsWith(prefix))) {
      const [name, ...rest] = file.path.slice(prefix.length).split('/');
      const folder = rest.length > 0;
      entries.set(name!, { name: name!, folder, url: `https://library.test/${encodeURI(prefix + name!)}`, size: folder ? 0 : file.size });
    }
    return [...entries.values()];
  }
}
