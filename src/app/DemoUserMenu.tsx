/**
 * The demo's "Skift bruger" menu: links to the other two demo users (the address's `?user=`). Its
 * own file, loaded on the first click: Fluent's Menu and its positioning are about 20 kB gzip that
 * the first open of the agenda would otherwise wait for (issue #13).
 */
import { Button, Menu, MenuItemLink, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { DEMO_USER_TOKENS, type DemoUser } from '../auth/dev-token-provider';
import { demoUserHref } from './demo-user-href';

const DEMO_USERS = Object.keys(DEMO_USER_TOKENS) as DemoUser[];

export interface DemoUserMenuProps {
  current: DemoUser;
  search: string;
  label: string;
  names: Record<DemoUser, string>;
}

/** Opens at once: it replaces the plain button the user just pressed. */
export default function DemoUserMenu({ current, search, label, names }: DemoUserMenuProps) {
  return (
    <Menu defaultOpen>
      <MenuTrigger disableButtonEnhancement>
        <Button size="small" appearance="subtle">
          {label}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {DEMO_USERS.filter((user) => user !== current).map((user) => (
            <MenuItemLink key={user} href={demoUserHref(search, user)}>
              {names[user]}
            </MenuItemLink>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
