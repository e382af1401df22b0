import { describe, expect, it } from 'vitest';
import { type Toast, withToast } from '../../../src/lib/notify';

let id = 0;
const toast = (tone: Toast['tone'], title: string, subject?: string): Toast => ({ id: ++id, tone, title, ...(subject ? { subject } : {}) });
const titles = (toasts: Toast[]) => toasts.map((t) => t.title);

describe('which toasts stay', () => {
  it('keeps every error however many confirmations come after it', () => {
    let shown: Toast[] = [];
    shown = withToast(shown, toast('error', 'Could not move Ada'));
    for (let i = 1; i <= 6; i += 1) shown = withToast(shown, toast('success', `Moved ${i}`));
    expect(titles(shown)).toEqual(['Could not move Ada', 'Moved 4', 'Moved 5', 'Moved 6']);
  });

  it('replaces a candidate’s earlier error with their later outcome, and leaves other candidates’ errors', () => {
    let shown: Toast[] = [];
    shown = withToast(shown, toast('error', 'Could not move Ada', 'c1'));
    shown = withToast(shown, toast('error', 'Could not move Ben', 'c2'));
    shown = withToast(shown, toast('success', 'Moved Ada to Screen', 'c1'));
    expect(titles(shown)).toEqual(['Could not move Ben', 'Moved Ada to Screen']);
    shown = withToast(shown, toast('error', 'Could not reject Ben', 'c2'));
    expect(titles(shown)).toEqual(['Moved Ada to Screen', 'Could not reject Ben']);
  });

  it('never lets a later success remove a confirmation about the same candidate', () => {
    let shown: Toast[] = [];
    shown = withToast(shown, toast('success', 'Moved Ada to Screen', 'c1'));
    shown = withToast(shown, toast('success', 'Moved Ada to Onsite', 'c1'));
    expect(titles(shown)).toEqual(['Moved Ada to Screen', 'Moved Ada to Onsite']);
  });
});
