import { expect, type Page, test } from '@playwright/test';
import { column, expectNoViolations, signIn } from './helpers';

const RECRUITER = 'Priya Raman';
const INTERVIEWER = 'Dana Whitfield';
const HIRING_MANAGER = 'Marcus Okafor';

const theme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);
/** The page's background as painted, to show the theme is not just an attribute. */
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

async function chooseTheme(page: Page, name: 'System' | 'Light' | 'Dark') {
  await page.getByRole('button', { name: /^Signed in as / }).click();
  await page.getByRole('menuitemradio', { name }).click();
  await expect(page.getByRole('menu')).toBeHidden();
}

test.describe('theme', () => {
  test('follows the system preference until a theme is chosen', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await signIn(page, RECRUITER);
    expect(await theme(page)).toBe('dark');
    const dark = await background(page);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => theme(page)).toBe('light');
    expect(await background(page)).not.toBe(dark);
    // Form controls and scrollbars follow too.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('light');
  });

  test('the toggle switches the theme, is remembered after a reload, and System goes back to following the system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await signIn(page, RECRUITER);
    expect(await theme(page)).toBe('light');

    await chooseTheme(page, 'Dark');
    expect(await theme(page)).toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');
    await page.getByRole('button', { name: /^Signed in as / }).click();
    await expect(page.getByRole('menuitemradio', { name: 'Dark' })).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('Escape');

    await page.reload();
    await expect(column(page, 'Applied')).toBeVisible();
    expect(await theme(page)).toBe('dark');
    // An explicit choice wins over the system's.
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await theme(page)).toBe('dark');

    await chooseTheme(page, 'System');
    expect(await theme(page)).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => theme(page)).toBe('dark');
  });

  test('the insights charts are redrawn in the new theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await signIn(page, HIRING_MANAGER);
    await page.goto('/insights');
    const chart = page.locator('canvas').first();
    await expect(chart).toHaveAttribute('data-theme', 'light');
    await chooseTheme(page, 'Dark');
    await expect(chart).toHaveAttribute('data-theme', 'dark');
  });
});

interface Screen {
  name: string;
  /** Who may see it; null: nobody is signed in. */
  persona: string | null;
  open: (page: Page) => Promise<void>;
}

const SCREENS: Screen[] = [
  {
    name: 'sign-in',
    persona: null,
    open: async (page) => {
      await page.goto('/');
      await expect(page.getByRole('button', { name: `Continue as ${RECRUITER}` })).toBeVisible();
    },
  },
  { name: 'board', persona: RECRUITER, open: async () => {} },
  {
    name: 'candidate',
    persona: RECRUITER,
    open: async (page) => {
      await column(page, 'Onsite').getByRole('article').first().getByRole('link').click();
      await expect(page.getByRole('heading', { level: 2, name: 'Qualifications' })).toBeVisible();
    },
  },
  {
    name: 'add candidate',
    persona: RECRUITER,
    open: async (page) => {
      await page.goto('/candidates/new');
      await expect(page.getByRole('heading', { level: 1, name: 'Add a candidate' })).toBeVisible();
    },
  },
  {
    name: 'role',
    persona: RECRUITER,
    open: async (page) => {
      await page.goto('/role');
      await expect(page.getByRole('heading', { level: 1, name: /Senior Backend Engineer/ })).toBeVisible();
    },
  },
  {
    name: 'my interviews',
    persona: INTERVIEWER,
    open: async (page) => {
      await page.goto('/interviews');
      await expect(page.getByRole('heading', { level: 1, name: 'My interviews' })).toBeVisible();
      await expect(page.getByRole('region', { name: /^To write/ })).toBeVisible();
    },
  },
  {
    name: 'scorecard form',
    persona: INTERVIEWER,
    open: async (page) => {
      await page.goto('/interviews');
      await page.getByRole('region', { name: /^To write/ }).getByRole('listitem').first().getByRole('link').first().click();
      await expect(page.getByRole('form', { name: /^Scorecard for / })).toBeVisible();
    },
  },
  {
    name: 'review queue',
    persona: HIRING_MANAGER,
    open: async (page) => {
      await page.goto('/review');
      await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
      await expect(page.getByRole('listitem').first()).toBeVisible();
    },
  },
  {
    name: 'review page',
    persona: HIRING_MANAGER,
    open: async (page) => {
      await page.goto('/review');
      await page.getByRole('listitem').getByRole('heading', { level: 2 }).getByRole('link').first().click();
      await expect(page.getByRole('table', { name: 'Ratings by qualification and interview' })).toBeVisible();
    },
  },
  {
    name: 'candidates table, two selected (the bulk bar showing)',
    persona: RECRUITER,
    open: async (page) => {
      await page.goto('/candidates');
      const boxes = page.getByRole('grid').getByRole('checkbox', { name: /^Select (?!all)/ });
      await boxes.nth(0).check();
      await boxes.nth(1).check();
      await expect(page.getByRole('region', { name: 'Selection' }).getByRole('status')).toHaveText('2 selected');
    },
  },
  {
    name: 'command palette',
    persona: RECRUITER,
    open: async (page) => {
      await page.getByRole('button', { name: 'Search or run a command' }).click();
      await expect(page.getByRole('combobox')).toBeFocused();
      await page.keyboard.type('Park');
      await expect(page.getByRole('option').first()).toBeVisible();
    },
  },
  {
    name: 'insights',
    persona: HIRING_MANAGER,
    open: async (page) => {
      await page.goto('/insights');
      await expect(page.getByRole('heading', { level: 1, name: 'Insights' })).toBeVisible();
      await expect(page.getByRole('grid')).toBeVisible();
    },
  },
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    for (const screen of SCREENS) {
      test(`${screen.name} has no axe violations`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        if (screen.persona) await signIn(page, screen.persona);
        await screen.open(page);
        expect(await theme(page)).toBe(colorScheme);
        await expectNoViolations(page);
      });
    }

    test('the card legend and the user menu have no axe violations', async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await signIn(page, RECRUITER);
      await page.getByRole('button', { name: 'Legend' }).click();
      const legend = page.getByRole('dialog', { name: 'Card legend' });
      await expect(legend).toBeVisible();
      await expectNoViolations(page);
      await page.keyboard.press('Escape');
      await expect(legend).toBeHidden();
      await expect(page.getByRole('button', { name: 'Legend' })).toBeFocused();

      await page.getByRole('button', { name: /^Signed in as / }).click();
      await expect(page.getByRole('menuitemradio', { name: 'System' })).toBeVisible();
      await expectNoViolations(page);
    });
  });
}
