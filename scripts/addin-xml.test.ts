import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphScopes } from '../src/auth/msal-config';
import { XmlTemplateError, escapeXml, renderXmlManifest } from './addin-xml';
import { DEFAULT_APP_ID, DEFAULT_XML_ADDIN_ID, PackageError, buildPackage } from './package';
import { pngSize } from './validate';
import { checkAddinXml } from './validate-addin-xml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLIENT = '6b0f9d3e-8a51-4c2f-9a0e-3f1d2c4b5a69';
const ORIGIN = 'https://punkt.kommune.dk';
const NS = {
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  vo11: 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1',
};

let dir: string;
let built: ReturnType<typeof buildPackage>;
let doc: Document;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'punkt-addin-xml-'));
  built = buildPackage({ origin: ORIGIN, clientId: CLIENT, out: join(dir, 'punkt.zip') });
  doc = new new JSDOM('').window.DOMParser().parseFromString(built.xml, 'application/xml');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const all = (name: string): Element[] => Array.from(doc.getElementsByTagNameNS('*', name));
const xsiType = (el: Element): string | null => el.getAttributeNS(NS.xsi, 'type');
const v11 = (): Element => all('VersionOverrides').find((v) => v.namespaceURI === NS.vo11)!;
/** The URL a resid names within the VersionOverrides that holds the element. */
const urlOf = (scope: Element, resid: string): string | null =>
  Array.from(scope.getElementsByTagNameNS('*', 'Url'))
    .find((u) => u.getAttribute('id') === resid)!
    .getAttribute('DefaultValue');

describe('add-in only (XML) manifest', () => {
  it('is written beside the zip and passes the offline structural check', () => {
    expect(built.xmlPath).toBe(join(dir, 'punkt-addin.xml'));
    expect(readFileSync(built.xmlPath, 'utf8')).toBe(built.xml);
    expect(checkAddinXml(built.xml)).toEqual([]);
  });

  it('has its own id, which the unified manifest hides on clients that install both (alternates[].hide.customOfficeAddin)', () => {
    const id = all('Id')[0]!.textContent;
    expect(id).toBe(DEFAULT_XML_ADDIN_ID);
    expect(id).not.toBe(DEFAULT_APP_ID);
    const manifest = JSON.parse(built.manifest) as { extensions: Array<{ alternates: Array<Record<string, unknown>> }> };
    expect(manifest.extensions[0]!.alternates).toContainEqual({ hide: { customOfficeAddin: { officeAddinId: id } } });
  });

  it('opens the same pages as the unified manifest: the agenda for attendees, the secretary view for the organizer', () => {
    const unified = built.manifest;
    for (const v of all('VersionOverrides')) {
      const pageFor = (surface: string): string | null => {
        const point = Array.from(v.getElementsByTagNameNS(v.namespaceURI, 'ExtensionPoint')).find((p) => xsiType(p) === surface)!;
        const source = point.getElementsByTagNameNS(v.namespaceURI, 'SourceLocation')[0]!;
        return urlOf(v, source.getAttribute('resid')!);
      };
      expect(pageFor('AppointmentAttendeeCommandSurface')).toBe(`${ORIGIN}/`);
      expect(pageFor('AppointmentOrganizerCommandSurface')).toBe(`${ORIGIN}/?role=prepare`);
    }
    expect(unified).toContain(`"page": "${ORIGIN}/?role=prepare"`);
  });

  it('gives phones the attendee task pane through MobileLogEventAppointmentAttendee, with icons the app serves', () => {
    const mobile = v11().getElementsByTagNameNS(NS.vo11, 'MobileFormFactor')[0]!;
    const point = mobile.getElementsByTagNameNS(NS.vo11, 'ExtensionPoint')[0]!;
    expect(xsiType(point)).toBe('MobileLogEventAppointmentAttendee');
    const control = point.getElementsByTagNameNS(NS.vo11, 'Control')[0]!;
    expect(xsiType(control)).toBe('MobileButton');
    expect(xsiType(control.getElementsByTagNameNS(NS.vo11, 'Action')[0]!)).toBe('ShowTaskpane');
    const source = control.getElementsByTagNameNS(NS.vo11, 'SourceLocation')[0]!.getAttribute('resid')!;
    expect(urlOf(v11(), source)).toBe(`${ORIGIN}/`);
    for (const image of all('Image').filter((i) => i.getAttribute('DefaultValue'))) {
      const file = /\/(icon-(\d+)\.png)$/.exec(image.getAttribute('DefaultValue')!)!;
      expect(pngSize(readFileSync(join(ROOT, 'assets', file[1]!)))).toEqual({ width: Number(file[2]), height: Number(file[2]) });
    }
  });

  it('requires Mailbox 1.3, what reading an invite needs (convertToRestId), so Mac, phones and Outlook 2016 can install it', () => {
    const set = all('Set').find((s) => s.getAttribute('Name') === 'Mailbox')!;
    expect(set.getAttribute('MinVersion')).toBe('1.3');
    expect(readFileSync(join(ROOT, 'docs/tenant.md'), 'utf8')).toContain('`Mailbox` 1.3');
  });

  it('declares the app registration and the Graph permissions the app requests in WebApplicationInfo', () => {
    const info = v11().getElementsByTagNameNS(NS.vo11, 'WebApplicationInfo')[0]!;
    expect(info.getElementsByTagNameNS(NS.vo11, 'Id')[0]!.textContent).toBe(CLIENT);
    expect(info.getElementsByTagNameNS(NS.vo11, 'Resource')[0]!.textContent).toBe(`api://punkt.kommune.dk/${CLIENT}`);
    const scopes = Array.from(info.getElementsByTagNameNS(NS.vo11, 'Scope')).map((s) => s.textContent);
    expect(scopes).toEqual(graphScopes('site').map((s) => s.replace('https://graph.microsoft.com/', '')));
  });

  it('refuses an XML add-in id equal to the app id', () => {
    expect(() => buildPackage({ origin: ORIGIN, xmlAddinId: DEFAULT_APP_ID, out: join(dir, 'same.zip') })).toThrow(PackageError);
  });
});

describe('XML template rendering', () => {
  it('escapes every substituted value, in text and in attributes', () => {
    const nasty = `a&b<c>"d'e`;
    const xml = renderXmlManifest('<r a="{{V}}" b=\'{{V}}\'>{{V}}</r>', { V: nasty });
    expect(xml).toBe(`<r a="${escapeXml(nasty)}" b='${escapeXml(nasty)}'>${escapeXml(nasty)}</r>`);
    const r = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml').documentElement;
    expect([r.getAttribute('a'), r.getAttribute('b'), r.textContent]).toEqual([nasty, nasty, nasty]);
  });

  it('repeats a line once per item of a list value', () => {
    expect(renderXmlManifest('<s>\n  <x>{{L}}</x>\n</s>', { L: ['1', '&'] })).toBe('<s>\n  <x>1</x>\n  <x>&amp;</x>\n</s>');
  });

  it('refuses a placeholder it has no value for', () => {
    expect(() => renderXmlManifest('<a>{{NOPE}}</a>', {})).toThrow(XmlTemplateError);
  });
});

describe('structural check of the XML manifest', () => {
  const broken = (from: string, to: string): string[] => checkAddinXml(built.xml.replace(from, to));

  it('rejects XML that is not well-formed', () => {
    expect(broken('<Id>', '<Id><')[0]).toMatch(/^not well-formed XML/);
  });

  it('rejects elements out of the schema order and a missing required one', () => {
    expect(broken('<ProviderName>Punkt</ProviderName>', '')).toContain('OfficeApp: required <ProviderName> is missing');
    const moved = built.xml
      .replace('<ProviderName>Punkt</ProviderName>', '')
      .replace('<Version>', '<ProviderName>Punkt</ProviderName><Version>');
    expect(checkAddinXml(moved)).toContain('OfficeApp: <Version> must come before <ProviderName>');
  });

  it('rejects a resid that names no resource, an http URL and a duplicated control id', () => {
    const problems = checkAddinXml(
      built.xml
        .replace('resid="Punkt.Prepare.Tip"', 'resid="Punkt.Missing"')
        .replace(`${ORIGIN}/icon-16.png`, 'http://punkt.kommune.dk/icon-16.png')
        .replace('id="punktOpenPrepare"', 'id="punktOpenAgenda"'),
    );
    expect(problems).toContain('VersionOverrides 1.0: <Description resid="Punkt.Missing"> names no LongStrings resource');
    expect(problems).toContain('<Image> http://punkt.kommune.dk/icon-16.png: must be https');
    expect(problems).toContain('VersionOverrides 1.0: control id "punktOpenAgenda" is used twice');
  });

  it('rejects a manifest without the phone surface or with an unfilled placeholder', () => {
    expect(broken('MobileLogEventAppointmentAttendee', 'MobileSomethingElse')).toContain(
      'VersionOverrides 1.1: no MobileFormFactor with MobileLogEventAppointmentAttendee (phones)',
    );
    expect(broken(DEFAULT_XML_ADDIN_ID, '{{XML_ADDIN_ID}}')).toContain(
      'unfilled placeholder {{XML_ADDIN_ID}} (build with npm run package)',
    );
  });
});
