/**
 * A validator for the official OParl 1.1 schemas (vendor/oparl-1.1/, verbatim from OParl/spec).
 * They extend JSON Schema with their own keywords, which ajv in strict mode refuses unless taught:
 * - `schema: "File.json"` says an embedded object is of the type that file describes; it becomes a
 *   `$ref` to that file, so a Meeting's agendaItems and their Files are validated too;
 * - `references`, `backreference`, `cardinality` describe relations for the spec's generator and
 *   validate nothing (annotations);
 * - `format: "url"` is what the spec's chapter URLs says: an RFC 3986 URL (ajv-formats' `uri`) starting
 *   with http:// or https://. Not ajv-formats' own `url`, which also refuses localhost and IP addresses:
 *   the spec only recommends a host name there, and the local demo service serves its files on 127.0.0.1;
 * - the type patterns escape `:` and `/` (`^https\\:\\/\\/schema…`), which a regular expression with
 *   the `u` flag refuses as an invalid escape: ajv's `unicodeRegExp: false` reads them as ECMA-262
 *   without that flag, where they match the plain characters (JSON Schema's patterns are ECMA-262).
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import agendaItem from '../../vendor/oparl-1.1/AgendaItem.json';
import file from '../../vendor/oparl-1.1/File.json';
import location from '../../vendor/oparl-1.1/Location.json';
import meeting from '../../vendor/oparl-1.1/Meeting.json';

/** Compiles the official `Meeting.json` with the schemas it embeds (AgendaItem, File, Location). */
export function oparlMeetingValidator(): ValidateFunction {
  const ajv = new Ajv({ strict: true, allErrors: true, unicodeRegExp: false });
  addFormats(ajv, ['date', 'date-time', 'uri']);
  const uri = ajv.formats.uri as (text: string) => boolean;
  ajv.addFormat('url', (text: string) => /^https?:\/\//.test(text) && uri(text));
  ajv.addKeyword({ keyword: 'schema', schemaType: 'string', macro: (name: string) => ({ $ref: name }) });
  for (const keyword of ['references', 'backreference', 'cardinality']) ajv.addKeyword({ keyword, schemaType: 'string' });
  ajv.addSchema(file, 'File.json');
  ajv.addSchema(location, 'Location.json');
  ajv.addSchema(agendaItem, 'AgendaItem.json');
  ajv.addSchema(meeting, 'Meeting.json');
  const validate = ajv.getSchema('Meeting.json');
  if (!validate) throw new Error('Meeting.json did not compile');
  return validate;
}
