/**
 * Opens a library file's webUrl as a browser would, through the local service's account picker:
 * the link redirects to the picker, the form of the named demo user is posted, and the session
 * cookie it sets opens the file. Tests use the page rather than minting a cookie themselves.
 */

/** The demo users by the name the account picker shows. */
export type DemoUser = 'Sekretær Demo' | 'Referent Demo' | 'Leder Demo';

/** A signed-in browser stand-in: `open` follows redirects itself, sending the session cookie. */
export interface WebSession {
  open(url: string): Promise<Response>;
  /** The session cookie (`FedAuth=…`), or null before signing in. */
  cookie(): string | null;
}

const FORM = /<form method="post" action="([^"]+)">([\s\S]*?)<\/form>/g;
const FIELD = /<input type="hidden" name="([^"]+)" value="([^"]*)">/g;
const unescape = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] as string);

/** The fields and target of the picker's form whose button names `user`. */
function formFor(html: string, user: DemoUser, pageUrl: string): { action: string; body: URLSearchParams } {
  for (const [, action, inner] of html.matchAll(FORM)) {
    if (!inner!.includes(`<button type="submit">${user}<small>`)) continue;
    const body = new URLSearchParams();
    for (const [, name, value] of inner!.matchAll(FIELD)) body.set(name!, unescape(value!));
    return { action: new URL(unescape(action!), pageUrl).href, body };
  }
  throw new Error(`The page at ${pageUrl} offers no account '${user}'.`);
}

/** A session that signs in as `user` on the first account picker it meets. */
export function webSession(user: DemoUser): WebSession {
  let cookie: string | null = null;
  const send = (url: string, init: RequestInit = {}) =>
    fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) } });
  async function open(url: string): Promise<Response> {
    let at = url;
    for (let hop = 0; hop < 5; hop += 1) {
      const response = await send(at);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        at = new URL(location, at).href;
        continue;
      }
      if (!response.headers.get('content-type')?.startsWith('text/html') || !at.includes('/_punkt/signin')) return response;
      const form = formFor(await response.text(), user, at);
      const posted = await send(form.action, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: new URL(at).origin },
        body: form.body.toString(),
      });
      cookie = posted.headers.get('set-cookie')?.split(';')[0] ?? null;
      at = new URL(posted.headers.get('location') ?? at, at).href;
    }
    throw new Error(`Too many redirects opening ${url}.`);
  }
  return { open, cookie: () => cookie };
}

/** The bytes of a web link opened as `user` (default the secretary). */
export async function openAs(url: string, user: DemoUser = 'Sekretær Demo'): Promise<Uint8Array> {
  const response = await webSession(user).open(url);
  if (response.status !== 200) throw new Error(`${url} answered ${response.status} for ${user}.`);
  return new Uint8Array(await response.arrayBuffer());
}
