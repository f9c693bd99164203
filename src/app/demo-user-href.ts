import type { DemoUser } from '../auth/dev-token-provider';

/** The current address with `?user=` switched to `user` (none for the secretary, the default). */
export function demoUserHref(search: string, user: DemoUser): string {
  const params = new URLSearchParams(search);
  if (user === 'secretary') params.delete('user');
  else params.set('user', user);
  const query = params.toString();
  return query ? `?${query}` : '?';
}
