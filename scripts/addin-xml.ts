/**
 * The add-in only (XML) manifest beside the unified one: filled from the same settings, and linked
 * to it so that an Outlook client which could install both shows only the unified version.
 */

/** A problem with the XML template, reported by `npm run package` as one line with exit code 2. */
export class XmlTemplateError extends Error {}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes a value for XML text or a double- or single-quoted attribute. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * Replaces every `{{NAME}}` with its XML-escaped value. A list value repeats the whole line that
 * holds its placeholder once per item (the `<Scope>` elements); an unknown placeholder is an error.
 */
export function renderXmlManifest(template: string, values: Record<string, string | readonly string[]>): string {
  const fill = (line: string, item?: string): string =>
    line.replace(/\{\{([A-Z_0-9]+)\}\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) throw new XmlTemplateError(`XML manifest template: no value for ${whole}`);
      if (typeof value === 'string') return escapeXml(value);
      if (item === undefined) throw new XmlTemplateError(`XML manifest template: ${whole} is a list and must stand alone on its line`);
      return escapeXml(item);
    });
  return template
    .split('\n')
    .flatMap((line) => {
      const lists = [...line.matchAll(/\{\{([A-Z_0-9]+)\}\}/g)].map((m) => values[m[1]!]).filter((v) => Array.isArray(v));
      if (lists.length === 0) return [fill(line)];
      if (lists.length > 1) throw new XmlTemplateError('XML manifest template: two list placeholders on one line');
      return (lists[0] as readonly string[]).map((item) => fill(line, item));
    })
    .join('\n');
}

/**
 * Adds `alternates[].hide.customOfficeAddin.officeAddinId` naming the XML add-in's `<Id>` to each
 * Outlook extension: a client that installs the unified manifest hides the XML version, so users
 * who are given both never see Punkt twice.
 * https://learn.microsoft.com/en-us/microsoft-365/extensibility/schema/extension-alternate-versions-array-hide-custom-office-addin
 * https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/duplicate-legacy-metaos-add-ins
 */
export function withHiddenXmlAddin(manifestText: string, xmlAddinId: string): string {
  const manifest = JSON.parse(manifestText) as { extensions?: Array<{ alternates?: unknown[] }> };
  if (!manifest.extensions?.length) throw new XmlTemplateError('manifest template: no Outlook extension to link the XML add-in to');
  for (const extension of manifest.extensions)
    extension.alternates = [...(extension.alternates ?? []), { hide: { customOfficeAddin: { officeAddinId: xmlAddinId } } }];
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The Graph permission names, without the resource prefix, as the XML `<Scope>` elements list them. */
export function shortScopes(scopes: readonly string[]): string[] {
  return scopes.map((scope) => scope.replace(/^https:\/\/graph\.microsoft\.com\//, ''));
}
