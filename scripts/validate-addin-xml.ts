/**
 * Offline checks of the add-in only (XML) manifest. Microsoft's tool validates XML manifests only
 * through a web service, and no complete copy of the Office manifest XSDs could be found to bundle,
 * so this parses the manifest with a real XML parser (jsdom's DOMParser, namespace-aware) and checks
 * what Outlook rejects at upload: the schema's element order and required elements for a MailApp,
 * the VersionOverrides namespaces, resource references, https URLs, ids and string lengths.
 * https://learn.microsoft.com/en-us/javascript/api/manifest/officeapp
 * https://learn.microsoft.com/en-us/javascript/api/manifest/versionoverrides
 * https://learn.microsoft.com/en-us/javascript/api/manifest/resources
 */
import { JSDOM } from 'jsdom';

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  vo10: 'http://schemas.microsoft.com/office/mailappversionoverrides',
  vo11: 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1',
};

/** A MailApp's top-level elements in the order of the schema's sequence; `true` marks a required one. */
const MAIL_APP_ORDER: Array<[string, boolean]> = [
  ['Id', true],
  ['AlternateId', false],
  ['Version', true],
  ['ProviderName', true],
  ['DefaultLocale', true],
  ['DisplayName', true],
  ['Description', true],
  ['IconUrl', false],
  ['HighResolutionIconUrl', false],
  ['SupportUrl', false],
  ['AppDomains', false],
  ['Hosts', false],
  ['Requirements', false],
  ['FormSettings', true],
  ['Permissions', true],
  ['Rule', true],
  ['DisableEntityHighlighting', false],
  ['VersionOverrides', false],
];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const children = (el: Element): Element[] => Array.from(el.children);
const descendants = (el: Element, name: string): Element[] => Array.from(el.getElementsByTagNameNS('*', name));

/** The top-level order: each element known, in schema order, required ones present. */
function checkOrder(root: Element): string[] {
  const problems: string[] = [];
  let at = -1;
  for (const child of children(root)) {
    const index = MAIL_APP_ORDER.findIndex(([name]) => name === child.localName);
    const namespace = child.localName === 'VersionOverrides' ? NS.vo10 : NS.app;
    if (index < 0 || child.namespaceURI !== namespace) problems.push(`OfficeApp: unexpected element <${child.tagName}>`);
    else if (index < at) problems.push(`OfficeApp: <${child.localName}> must come before <${MAIL_APP_ORDER[at]![0]}>`);
    else at = index;
  }
  for (const [name, required] of MAIL_APP_ORDER)
    if (required && !children(root).some((c) => c.localName === name)) problems.push(`OfficeApp: required <${name}> is missing`);
  return problems;
}

/** The VersionOverrides an element belongs to: a nested one's elements are not its parent's. */
function nearestOverrides(el: Element): Element | null {
  for (let at = el.parentElement; at; at = at.parentElement) if (at.localName === 'VersionOverrides') return at;
  return null;
}

/** Within one VersionOverrides (not its nested one): every resid names a resource of the kind it needs. */
function checkResources(overrides: Element, label: string): string[] {
  const problems: string[] = [];
  const resources = children(overrides).find((c) => c.localName === 'Resources');
  const ids = (kind: string): Set<string> =>
    new Set(resources ? descendants(resources, kind).flatMap((k) => children(k).map((r) => r.getAttribute('id') ?? '')) : []);
  const kinds = { Images: ids('Images'), Urls: ids('Urls'), ShortStrings: ids('ShortStrings'), LongStrings: ids('LongStrings') };
  const own = descendants(overrides, '*').filter((el) => nearestOverrides(el) === overrides);
  for (const el of own) {
    const resid = el.getAttribute('resid');
    if (resid === null) continue;
    if (resid.length > 32) problems.push(`${label}: resid "${resid}" is longer than 32 characters`);
    const kind =
      el.localName === 'Image'
        ? 'Images'
        : el.localName === 'SourceLocation' || el.localName === 'FunctionFile'
          ? 'Urls'
          : el.localName === 'Description'
            ? 'LongStrings'
            : 'ShortStrings';
    if (!kinds[kind].has(resid)) problems.push(`${label}: <${el.localName} resid="${resid}"> names no ${kind} resource`);
  }
  for (const s of resources ? descendants(resources, 'String') : []) {
    const max = s.parentElement?.localName === 'ShortStrings' ? 125 : 250;
    if ((s.getAttribute('DefaultValue') ?? '').length > max)
      problems.push(`${label}: string "${s.getAttribute('id')}" is longer than ${max}`);
  }
  return problems;
}

/** The VersionOverrides chain: 1.0 with a nested 1.1, each with the appointment surfaces; 1.1 with the phone's. */
function checkOverrides(root: Element): string[] {
  const problems: string[] = [];
  const v10 = children(root).find((c) => c.localName === 'VersionOverrides');
  if (!v10 || v10.namespaceURI !== NS.vo10 || v10.getAttributeNS(NS.xsi, 'type') !== 'VersionOverridesV1_0')
    return ['VersionOverrides: expected VersionOverridesV1_0 in its namespace'];
  const v11 = children(v10).find((c) => c.localName === 'VersionOverrides');
  if (!v11 || v11.namespaceURI !== NS.vo11 || v11.getAttributeNS(NS.xsi, 'type') !== 'VersionOverridesV1_1')
    return ['VersionOverrides: expected a nested VersionOverridesV1_1 in its namespace'];
  for (const [el, label] of [
    [v10, 'VersionOverrides 1.0'],
    [v11, 'VersionOverrides 1.1'],
  ] as const) {
    problems.push(...checkResources(el, label));
    const points = descendants(el, 'ExtensionPoint')
      .filter((p) => p.namespaceURI === el.namespaceURI)
      .map((p) => p.getAttributeNS(NS.xsi, 'type'));
    for (const surface of ['AppointmentAttendeeCommandSurface', 'AppointmentOrganizerCommandSurface'])
      if (!points.includes(surface)) problems.push(`${label}: no ${surface}`);
    const controls = descendants(el, 'Control').filter((c) => c.namespaceURI === el.namespaceURI);
    const seen = new Set<string>();
    for (const c of controls) {
      const id = c.getAttribute('id') ?? '';
      if (seen.has(id)) problems.push(`${label}: control id "${id}" is used twice`);
      seen.add(id);
    }
  }
  const mobile = descendants(v11, 'MobileFormFactor')[0];
  const mobilePoint = mobile && descendants(mobile, 'ExtensionPoint')[0];
  if (!mobilePoint || mobilePoint.getAttributeNS(NS.xsi, 'type') !== 'MobileLogEventAppointmentAttendee')
    problems.push('VersionOverrides 1.1: no MobileFormFactor with MobileLogEventAppointmentAttendee (phones)');
  return problems;
}

/** Checks an add-in only manifest's text; returns the problems (empty when it passes). */
export function checkAddinXml(text: string): string[] {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) return [`not well-formed XML: ${(error.textContent ?? '').trim().split('\n')[0]}`];
  const root = doc.documentElement;
  if (root.localName !== 'OfficeApp' || root.namespaceURI !== NS.app || root.getAttributeNS(NS.xsi, 'type') !== 'MailApp')
    return ['root: expected <OfficeApp xsi:type="MailApp"> in the appforoffice/1.1 namespace'];
  const problems = [...checkOrder(root), ...checkOverrides(root)];
  const id =
    children(root)
      .find((c) => c.localName === 'Id')
      ?.textContent?.trim() ?? '';
  if (!GUID.test(id)) problems.push(`Id: "${id}" is not a GUID`);
  for (const el of descendants(root, '*')) {
    const url = el.getAttribute('DefaultValue');
    if (url && /^[a-z]+:\/\//i.test(url) && !url.startsWith('https://')) problems.push(`<${el.localName}> ${url}: must be https`);
  }
  const left = text.match(/\{\{[A-Z_0-9]+\}\}/);
  if (left) problems.push(`unfilled placeholder ${left[0]} (build with npm run package)`);
  return problems;
}
