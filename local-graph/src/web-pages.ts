/**
 * The few HTML pages a web link can answer with instead of the file: the account picker (as
 * Microsoft's sign-in asks "Pick an account"), "Access denied" and "not found". Each page can
 * sign out or switch user. English, as Microsoft's own pages in an English tenant.
 */
import type { Caller } from './auth';
import { demoUsers } from './auth';
import type { ServiceResponse } from './router';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** Where the pages post to, and the link (below `/_punkt/`) to return to afterwards. */
export interface PageContext {
  /** e.g. `/v1.0/_punkt` */
  root: string;
  returnTo: string;
  user: Caller | null;
}

function page(status: number, title: string, body: string, headers: Record<string, string> = {}): ServiceResponse {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:"Segoe UI",system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem;color:#1b1b1b}
button{display:block;width:100%;text-align:left;padding:.75rem;margin:.5rem 0;font:inherit;background:#fff;border:1px solid #8a8886;cursor:pointer}
button:hover,button:focus{background:#f3f2f1}small{display:block;color:#605e5c}</style></head>
<body><main>${body}</main></body></html>`;
  return {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      // Nothing runs on these pages; they only post back to this service.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
      ...headers,
    },
    body: Buffer.from(html, 'utf8'),
  };
}

const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;

function signOutForm(context: PageContext): string {
  if (context.user === null) return '';
  return `<p>Signed in as ${escapeHtml(context.user.displayName)} (${escapeHtml(context.user.email)}).</p>
<form method="post" action="${escapeHtml(context.root)}/signout">${hidden('return', context.returnTo)}<button type="submit">Sign out or switch account</button></form>`;
}

/** The account picker: one button per demo user, each signing in and going back to the file. */
export function signInPage(context: PageContext): ServiceResponse {
  const accounts = demoUsers()
    .map(
      (u) => `<form method="post" action="${escapeHtml(context.root)}/signin">${hidden('user', u.id)}${hidden('return', context.returnTo)}
<button type="submit">${escapeHtml(u.displayName)}<small>${escapeHtml(u.email)}</small></button></form>`,
    )
    .join('\n');
  const current = context.user ? `<p>Signed in as ${escapeHtml(context.user.displayName)}. Pick another account to switch.</p>` : '';
  return page(200, 'Sign in to your account', `<h1>Pick an account</h1><p>Punkt demo (SharePoint)</p>${current}\n${accounts}`);
}

/** 403: the signed-in user has no rights on the item. */
export function accessDeniedPage(context: PageContext): ServiceResponse {
  return page(403, 'Access denied', `<h1>Access denied</h1><p>You need permission to access this item.</p>${signOutForm(context)}`);
}

/** 404: no file at this address (it may have been moved, renamed or deleted). */
export function notFoundPage(context: PageContext): ServiceResponse {
  return page(
    404,
    'File not found',
    `<h1>Sorry, something went wrong</h1><p>404 FILE NOT FOUND: the file may have been moved, renamed or deleted.</p>${signOutForm(context)}`,
  );
}

/** One row of a folder's listing: a child's name and its web address. */
export interface ListingEntry {
  name: string;
  href: string;
  folder: boolean;
}

/**
 * 200: a folder's contents, as SharePoint shows a library folder at its webUrl: the children the
 * signed-in user may see, folders first, each linking to its own webUrl, and the way up.
 */
export function folderPage(context: PageContext, title: string, up: string | null, entries: ListingEntry[]): ServiceResponse {
  const sorted = [...entries].sort((a, b) => Number(b.folder) - Number(a.folder) || a.name.localeCompare(b.name, 'en'));
  const rows = sorted.map((e) => `<li><a href="${escapeHtml(e.href)}">${escapeHtml(e.name)}${e.folder ? '/' : ''}</a></li>`).join('\n');
  const parent = up === null ? '' : `<p><a href="${escapeHtml(up)}">Up</a></p>`;
  const list = rows === '' ? '<p>This folder is empty.</p>' : `<ul>\n${rows}\n</ul>`;
  return page(200, title, `<h1>${escapeHtml(title)}</h1>${parent}\n${list}${signOutForm(context)}`);
}
