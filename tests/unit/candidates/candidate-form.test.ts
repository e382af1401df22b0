import { describe, expect, it } from 'vitest';
import {
  type CandidateFormValues,
  EMPTY_FORM,
  errorsFromProblem,
  orderedErrors,
  toDraftInput,
  validateCandidateForm,
} from '../../../src/features/candidates/candidate-form';

const valid: CandidateFormValues = {
  name: '  Ada Quinn ',
  email: ' ada@example.org ',
  phone: '',
  headline: 'Staff Engineer',
  company: 'Ledgerline',
  location: 'Oslo',
  yearsExperience: '9',
  source: 'referral',
  links: [],
};

describe('candidate form', () => {
  it('turns what was typed into the draft the API expects: trimmed, phone left out when blank', () => {
    const result = validateCandidateForm(valid);
    expect(result.errors).toBeNull();
    expect(result.draft).toEqual({
      name: 'Ada Quinn',
      email: 'ada@example.org',
      headline: 'Staff Engineer',
      company: 'Ledgerline',
      location: 'Oslo',
      yearsExperience: 9,
      source: 'referral',
      links: [],
    });
  });

  it('reads years of experience only as a plain number', () => {
    for (const [typed, message] of [
      ['', 'Enter the years of experience as a number.'],
      ['1e1', 'Enter the years of experience as a number.'],
      ['nine', 'Enter the years of experience as a number.'],
      ['4.5', 'Use whole years.'],
      ['-1', 'Years of experience cannot be negative.'],
      ['61', 'Years of experience must be 60 or fewer.'],
    ] as const) {
      expect(validateCandidateForm({ ...valid, yearsExperience: typed }).errors?.yearsExperience).toBe(message);
    }
    expect(validateCandidateForm({ ...valid, yearsExperience: ' 0 ' }).draft?.yearsExperience).toBe(0);
  });

  it('drops blank link rows, names an unlabelled link by its host, and maps link errors back to the row typed', () => {
    const values: CandidateFormValues = {
      ...valid,
      links: [
        { id: 1, label: '', url: '' },
        { id: 2, label: '', url: 'https://www.github.com/ada' },
        { id: 3, label: 'Blog', url: 'javascript:alert(1)' },
      ],
    };
    expect(toDraftInput(values).links).toEqual([
      { label: 'github.com', url: 'https://www.github.com/ada' },
      { label: 'Blog', url: 'javascript:alert(1)' },
    ]);
    const errors = validateCandidateForm(values).errors!;
    expect(errors).toEqual({ 'links.2.url': 'Enter a full web address that starts with https:// or http://.' });
    expect(orderedErrors(errors)).toEqual([{ key: 'links.2.url', label: 'Link 3 address', message: expect.any(String) }]);
  });

  it('gives a message for every required field of an empty form, in page order', () => {
    const errors = validateCandidateForm(EMPTY_FORM).errors!;
    expect(orderedErrors(errors).map((e) => e.key)).toEqual(['name', 'email', 'headline', 'company', 'location', 'yearsExperience', 'source']);
    expect(errors.source).toBe('Choose where the candidate came from.');
  });

  it('reads the server’s field errors into the form’s keys', () => {
    const values = { ...valid, links: [{ id: 1, label: '', url: '' }, { id: 2, label: 'x', url: 'https://x.dev' }] };
    expect(errorsFromProblem(values, { email: ['A candidate with this email already exists.'], 'links.0.url': ['Invalid input'] })).toEqual({
      email: 'A candidate with this email already exists.',
      'links.1.url': 'Enter a full web address that starts with https:// or http://.',
    });
  });
});
