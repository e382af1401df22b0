import { useQuery } from '@tanstack/react-query';
import { Menu, type MenuEntry } from '../../components/menu';
import { type User, USER_ROLE_LABELS } from '../../domain';
import { describeError } from '../../lib/api-errors';
import { API_MOCKING } from '../../lib/config';
import { notify } from '../../lib/notify';
import { directoryQueryOptions } from '../../lib/queries/session';
import { setThemeChoice, THEME_CHOICES, type ThemeChoice, useThemeChoice } from '../../lib/theme';
import { useSignIn, useSignOut } from './api';
import { initials } from '../../lib/format';
import { groupByRole } from './personas';

/** The signed-in person's menu: switch persona (in-browser demo only), the colour theme, and sign out. */
export function PersonaSwitcher({ viewer }: { viewer: User }) {
  const themeChoice = useThemeChoice();
  const directory = useQuery({ ...directoryQueryOptions(), enabled: API_MOCKING });
  const signIn = useSignIn();
  const signOut = useSignOut();

  const switchTo = (user: User) =>
    signIn.mutate({ userId: user.id }, {
      onSuccess: () => notify({ tone: 'info', title: `Signed in as ${user.name}`, description: USER_ROLE_LABELS[user.role] }),
      onError: (error) => notify({ tone: 'error', title: 'Could not switch persona', description: describeError(error) }),
    });

  const personas: MenuEntry[] = !API_MOCKING ? [] : [
    { kind: 'label', key: 'label', text: 'Switch persona' },
    ...groupByRole(directory.data ?? []).flatMap(([role, members]): MenuEntry[] => [
      { kind: 'label', key: `role-${role}`, text: USER_ROLE_LABELS[role], small: true },
      ...members.map(
        (user): MenuEntry => ({
          kind: 'item',
          key: user.id,
          label: (
            <>
              <span className="avatar avatar--tiny" aria-hidden="true">{initials(user.name)}</span>
              {user.name}
            </>
          ),
          end: user.id === viewer.id ? <span className="menu__hint">you</span> : undefined,
          disabled: user.id === viewer.id,
          onSelect: () => switchTo(user),
        }),
      ),
    ]),
    { kind: 'separator', key: 'sep' },
  ];
  const theme: MenuEntry[] = [
    { kind: 'label', key: 'theme-label', text: 'Theme', small: true },
    { kind: 'radio-group', key: 'theme', value: themeChoice, options: THEME_CHOICES, onValueChange: (value) => setThemeChoice(value as ThemeChoice) },
    { kind: 'separator', key: 'theme-sep' },
  ];
  const entries: MenuEntry[] = [...personas, ...theme, { kind: 'item', key: 'sign-out', label: 'Sign out', onSelect: () => signOut.mutate() }];

  return (
    <Menu
      trigger={
        <>
          <span className="avatar avatar--small" aria-hidden="true">{initials(viewer.name)}</span>
          <span className="persona-trigger__text" aria-hidden="true">
            <span className="persona-trigger__name">{viewer.name}</span>
            <span className="persona-trigger__role">{USER_ROLE_LABELS[viewer.role]}</span>
          </span>
          <span aria-hidden="true" className="chevron">▾</span>
        </>
      }
      triggerClassName="persona-trigger"
      triggerLabel={`Signed in as ${viewer.name}, ${USER_ROLE_LABELS[viewer.role]}. ${API_MOCKING ? 'Switch persona' : 'Account'}`}
      entries={entries}
      align="end"
    />
  );
}
