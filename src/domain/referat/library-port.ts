/**
 * Where saved referater live: the forum's document library (SharePoint through Graph in the app,
 * a fake in tests). Its own file beside ports.ts while that file is being changed by other work.
 */
import type { Meeting } from '../meeting';

/** The public version leaves the building; the internal one holds closed punkter in full. */
export type ReferatVersion = 'public' | 'internal';

/** One saved referat document. */
export interface ReferatFile {
  version: ReferatVersion;
  name: string;
  /** Where a browser opens the document (SharePoint's web address). */
  webUrl: string;
  /** ISO 8601 UTC instant of the last save. */
  modified: string;
  size: number;
}

/** The meeting a referat belongs to: its forum and date name the files. */
export type ReferatMeeting = Pick<Meeting, 'forum' | 'date'>;

/** Saves and lists a meeting's referat documents. */
export interface ReferatLibrary {
  /** Stores one version's Word document, replacing the meeting's earlier file of that version (the library keeps versions). */
  save(meeting: ReferatMeeting, version: ReferatVersion, docx: Uint8Array): Promise<ReferatFile>;
  /** The meeting's saved documents the user may read (public first); [] when none is saved yet. */
  list(meeting: ReferatMeeting): Promise<ReferatFile[]>;
}
