/**
 * OParl 1.1 `File` objects (https://oparl.org/spezifikation/, chapter oparl:File; vendor/oparl-1.1/File.json)
 * for a punkt's Bilag and for the saved referat, and the spec's date-time form. A File's `accessUrl` is
 * required ("Mit der im oparl:File zwingend anzugebenden Eigenschaft accessUrl", chapter Dateizugriffe):
 * a Bilag known by name only has no file to point to and is left out, never given a made-up address.
 */
import type { DateTime } from 'luxon';
import { isOpenableUrl, parseBilag } from '../bilag';
import { MEETING_ZONE, fromIso } from '../time';
import type { ReferatFile } from './library-port';

/** The JSON of one OParl File. */
export type OParlFile = Record<string, unknown>;

export const FILE_TYPE = 'https://schema.oparl.org/1.1/File';

/**
 * The spec's date-time, `yyyy-mm-ddThh:mm:ss±hh:mm` (chapter "Datums- und Zeitangaben": a `Z` is not
 * that form), in the forum's own zone so the clock reads as the meeting's.
 */
export function oparlDateTime(instant: DateTime): string {
  return instant.setZone(MEETING_ZONE).toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
}

/** MIME types of the files a forum attaches, by extension (RFC 2046 names, IANA registry). */
const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  txt: 'text/plain',
  csv: 'text/csv',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};

const EXTENSION = /\.([a-z0-9]{2,5})$/i;

/**
 * Name, file name and MIME type of a file called `fileName`: the spec's `name` is for display and
 * "should not" hold an ending such as ".pdf"; `fileName` is the name to save it under. A name
 * without a known ending is a display name only (no fileName, no mimeType: not known).
 */
function naming(fileName: string): OParlFile {
  const ext = EXTENSION.exec(fileName)?.[1]?.toLowerCase();
  const mimeType = ext === undefined ? undefined : MIME[ext];
  if (!mimeType) return { name: fileName };
  return { name: fileName.slice(0, -(ext!.length + 1)).trim() || fileName, fileName, mimeType };
}

/**
 * The Files of a punkt's Bilag lines (src/domain/bilag.ts, `name <url>`), under the agendaItem's id.
 * Only a Bilag with a link a reader can open (https, or the local demo service's http on this
 * machine, as the managers' view opens them) becomes a File; its id keeps the Bilag's place in the
 * list, so the ids stay the same when another Bilag gains or loses its link.
 */
export function bilagFiles(attachments: readonly string[], agendaItemId: string): OParlFile[] {
  return attachments.flatMap((line, k) => {
    const bilag = parseBilag(line);
    if (bilag.url === null || !isOpenableUrl(bilag.url)) return [];
    return [{ id: `${agendaItemId}/file/${k + 1}`, type: FILE_TYPE, ...naming(bilag.name), accessUrl: bilag.url }];
  });
}

/**
 * The saved public referat as the Meeting's `resultsProtocol` ("Ergebnisprotokoll zur Sitzung"), or
 * undefined: the internal version holds closed punkter in full and never leaves the building, and a
 * link a reader cannot open is no accessUrl.
 */
export function referatFile(file: ReferatFile | undefined, meetingId: string): OParlFile | undefined {
  if (!file || file.version !== 'public' || !isOpenableUrl(file.webUrl)) return undefined;
  return {
    id: `${meetingId}/file/resultsProtocol`,
    type: FILE_TYPE,
    ...naming(file.name),
    size: file.size,
    modified: oparlDateTime(fromIso(file.modified)),
    accessUrl: file.webUrl,
  };
}
