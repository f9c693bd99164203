/**
 * The app's configuration from environment variables (`.env`, see .env.example): demo mode runs
 * against the embedded local service; tenant mode needs the Entra app and the SharePoint site.
 * Incomplete tenant configuration is reported up front, naming every missing or invalid variable
 * in Danish and English, instead of failing later with a Graph or MSAL error.
 */
export interface DemoConfig {
  mode: 'demo';
  /** The local service's site, `punkt-demo` unless overridden. */
  siteId: string;
}

/**
 * The SharePoint lists are always the ones `punkt provision` creates (PunktMeetings, PunktItems,
 * PunktClosedItems, named in src/graph/list-definitions.ts), so there is no setting for their names.
 */
export interface TenantConfig {
  mode: 'tenant';
  clientId: string;
  tenantId: string;
  siteId: string;
  /** Microsoft Graph base URL, `https://graph.microsoft.com/v1.0` unless overridden. */
  graphBaseUrl: string;
  /** Which delegated SharePoint scope the admin granted: one site, or only Punkt's lists. */
  sharePointScope: 'site' | 'lists';
}

export type Config = DemoConfig | TenantConfig;

/** One variable that is missing or malformed. */
export interface ConfigProblem {
  variable: string;
  kind: 'missing' | 'invalid';
  /** What a valid value looks like, in Danish and English. */
  expected: { da: string; en: string };
}

/** Everything wrong with the configuration at once; `message` is Danish, `messageEn` English. */
export class ConfigError extends Error {
  readonly messageEn: string;
  constructor(readonly problems: ConfigProblem[]) {
    const line = (p: ConfigProblem, lang: 'da' | 'en') =>
      `${p.variable}: ${p.kind === 'missing' ? (lang === 'da' ? 'mangler' : 'missing') : lang === 'da' ? 'ugyldig' : 'invalid'} (${p.expected[lang]})`;
    super(`Punkt mangler konfiguration for at forbinde til Microsoft 365:\n${problems.map((p) => `- ${line(p, 'da')}`).join('\n')}`);
    this.name = 'ConfigError';
    this.messageEn = `Punkt is not configured to connect to Microsoft 365:\n${problems.map((p) => `- ${line(p, 'en')}`).join('\n')}`;
  }
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; error: ConfigError };

/** Environment as Vite (`import.meta.env`) or Node (`process.env`) gives it. */
export type Environment = Record<string, string | boolean | undefined>;

// Each check is one pattern or URL parse, so none needs a validation library on the first open (issue #13).
// zod's GUID pattern: any 8-4-4-4-12 hex, not only RFC 9562 versions.
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
const SITE_ID = /^[^\s,]+\.[^\s,]+,[0-9a-f-]{36},[0-9a-f-]{36}$/i;

/** An absolute https URL, as the WHATWG URL parser reads it. */
function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

interface Rule {
  variable: string;
  valid: (value: string) => boolean;
  expected: { da: string; en: string };
}

const TENANT_RULES: Rule[] = [
  {
    variable: 'PUNKT_CLIENT_ID',
    valid: (value) => GUID.test(value),
    expected: { da: 'Entra-appens klient-id, en GUID', en: 'the Entra app’s client id, a GUID' },
  },
  {
    variable: 'PUNKT_TENANT_ID',
    valid: (value) => GUID.test(value) || DOMAIN.test(value),
    expected: {
      da: 'lejer-id (GUID) eller domæne, fx kommune.onmicrosoft.com',
      en: 'tenant id (GUID) or domain, e.g. kommune.onmicrosoft.com',
    },
  },
  {
    variable: 'PUNKT_SITE_ID',
    valid: (value) => SITE_ID.test(value),
    expected: { da: 'SharePoint-webstedets Graph-id: værtsnavn,GUID,GUID', en: 'the SharePoint site’s Graph id: hostname,GUID,GUID' },
  },
];

const text = (env: Environment, name: string): string | undefined => {
  const value = env[name];
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

/** Reads and checks the configuration; never throws. */
export function loadConfig(env: Environment): ConfigResult {
  const problems: ConfigProblem[] = [];
  const mode = text(env, 'PUNKT_MODE') ?? 'demo';
  if (mode !== 'demo' && mode !== 'tenant') {
    problems.push({ variable: 'PUNKT_MODE', kind: 'invalid', expected: { da: '"demo" eller "tenant"', en: '"demo" or "tenant"' } });
    return { ok: false, error: new ConfigError(problems) };
  }
  if (mode === 'demo') return { ok: true, config: { mode, siteId: text(env, 'PUNKT_SITE_ID') ?? 'punkt-demo' } };

  const values: Record<string, string> = {};
  for (const rule of TENANT_RULES) {
    const value = text(env, rule.variable);
    if (value === undefined) problems.push({ variable: rule.variable, kind: 'missing', expected: rule.expected });
    else if (!rule.valid(value)) problems.push({ variable: rule.variable, kind: 'invalid', expected: rule.expected });
    else values[rule.variable] = value;
  }
  const graphBaseUrl = (text(env, 'PUNKT_GRAPH_URL') ?? 'https://graph.microsoft.com/v1.0').replace(/\/+$/, '');
  if (!isHttpsUrl(graphBaseUrl)) {
    problems.push({ variable: 'PUNKT_GRAPH_URL', kind: 'invalid', expected: { da: 'en https-adresse', en: 'an https URL' } });
  }
  const scope = text(env, 'PUNKT_SHAREPOINT_SCOPE') ?? 'site';
  if (scope !== 'site' && scope !== 'lists') {
    problems.push({
      variable: 'PUNKT_SHAREPOINT_SCOPE',
      kind: 'invalid',
      expected: { da: '"site" eller "lists"', en: '"site" or "lists"' },
    });
  }
  if (problems.length > 0) return { ok: false, error: new ConfigError(problems) };
  return {
    ok: true,
    config: {
      mode,
      clientId: values.PUNKT_CLIENT_ID!,
      tenantId: values.PUNKT_TENANT_ID!,
      siteId: values.PUNKT_SITE_ID!,
      graphBaseUrl,
      sharePointScope: scope as 'site' | 'lists',
    },
  };
}

/** The variables that may reach the browser bundle: ids and names, never a token or secret. */
export const PUBLIC_VARIABLES = [
  'PUNKT_MODE',
  'PUNKT_CLIENT_ID',
  'PUNKT_TENANT_ID',
  'PUNKT_SITE_ID',
  'PUNKT_SHAREPOINT_SCOPE',
  'PUNKT_GRAPH_URL',
] as const;

/** Graph's base URL for a configuration; demo mode uses the embedded service on the page's origin. */
export function graphBaseUrl(config: Config, pageOrigin: string): string {
  return config.mode === 'tenant' ? config.graphBaseUrl : `${pageOrigin}/graph/v1.0`;
}

/**
 * The tenant configuration for the sign-in dialog page (auth.html); throws, in English, when the
 * configuration is invalid or not for a tenant (the page replies that to the add-in).
 */
export function tenantSignInConfig(env: Environment): TenantConfig {
  const loaded = loadConfig(env);
  if (!loaded.ok) throw new Error(loaded.error.messageEn);
  if (loaded.config.mode !== 'tenant') throw new Error('Sign-in is only used against a tenant (PUNKT_MODE=tenant)');
  return loaded.config;
}

/**
 * Picks the public variables for vite.config.ts to bake into the bundle as `__PUNKT_ENV__`.
 * A whole-prefix `envPrefix: 'PUNKT_'` would also ship PUNKT_GRAPH_TOKEN (the CLI's token) if set.
 */
export function publicEnvironment(env: Environment): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of PUBLIC_VARIABLES) {
    const value = env[name];
    if (typeof value === 'string') out[name] = value;
  }
  return out;
}

/** Baked in by vite.config.ts (`define`); absent under Node. */
declare const __PUNKT_ENV__: Environment | undefined;

/** The environment the running code sees: the bundle's public variables, plus `process.env` under Node. */
export function readEnvironment(): Environment {
  const bundled = typeof __PUNKT_ENV__ !== 'undefined' ? __PUNKT_ENV__ : {};
  const node = typeof process !== 'undefined' && process.env ? process.env : {};
  return { ...bundled, ...node };
}
