import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupMockApi } from '../support/mock-api';
import { findBoard, renderApp } from '../support/render-app';

const api = setupMockApi();

/** The compact navigation's button and the list it controls (shown by CSS only below 1280 px; jsdom has no layout). */
function compactNav() {
  const nav = screen.getByRole('navigation', { name: 'Main' });
  const button = within(nav).getByRole('button', { name: 'Menu' });
  const list = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!list) throw new Error('The Menu button controls no element');
  return { nav, button, list };
}

/** Each link's words, without its count ("Review5, 5 waiting for a decision" → "Review"). */
const linkNames = (element: HTMLElement) => within(element).getAllByRole('link').map((link) => (link.textContent ?? '').split(',')[0]!.replace(/\d+$/, '').trim());

describe('main navigation, compact', () => {
  it('opens with the keyboard, lists every screen a recruiter may see, and Escape closes it back on the button', async () => {
    api.signIn('u-priya');
    const { user } = renderApp('/');
    await findBoard();
    const { button, list } = compactNav();
    expect(button).toHaveAttribute('aria-expanded', 'false');

    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(linkNames(list)).toEqual(expect.arrayContaining(['Pipeline', 'My interviews', 'Review', 'Insights', 'Role']));

    await user.tab();
    expect(within(list).getByRole('link', { name: 'Pipeline' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();

    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'true');
  });

  it('lists only what an interviewer may see, and closes when a link is followed', async () => {
    api.signIn('u-dana');
    const { user } = renderApp('/');
    await findBoard();
    const { button, list } = compactNav();
    await user.click(button);
    const names = linkNames(list);
    expect(names).toEqual(expect.arrayContaining(['Pipeline', 'My interviews', 'Role']));
    expect(names).not.toContain('Insights');
    expect(names).not.toContain('Review');

    await user.click(within(list).getByRole('link', { name: 'Role' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Senior Backend Engineer/ })).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes when focus leaves it', async () => {
    api.signIn('u-priya');
    const { user } = renderApp('/');
    await findBoard();
    const { button, list } = compactNav();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    // Tab past every link, out of the navigation.
    for (let i = 0; i < within(list).getAllByRole('link').length + 1; i += 1) await user.tab();
    expect(compactNav().nav).not.toContainElement(document.activeElement as HTMLElement);
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });
});
