import { describe, expect, it } from 'vitest';
import { fold, matchCandidates } from '../../../src/features/palette/match';

const people = ['Ada Lovelace', 'Adam Smith', 'Zoë Adams', 'Grace Hopper', 'Kadar Ades', 'Ida Lovett'].map((name, i) => ({ id: `c${i}`, name }));
const names = (query: string, limit = 10) => matchCandidates(people, query, limit).map((c) => c.name);

describe('palette candidate matcher', () => {
  it('folds case, accents and spaces', () => {
    expect(fold('  Zoë   ADAMS ')).toBe('zoe adams');
  });

  it('ranks the start of the name, then the start of a word, then every word started, then anywhere', () => {
    expect(names('ada')).toEqual(['Ada Lovelace', 'Adam Smith', 'Zoë Adams', 'Kadar Ades']);
    expect(names('ad lo')).toEqual(['Ada Lovelace']);
    expect(names('ZOE')).toEqual(['Zoë Adams']);
    expect(names('opp')).toEqual(['Grace Hopper']);
    expect(names('nobody')).toEqual([]);
  });

  it('lists nothing for an empty query and caps the results', () => {
    expect(names('   ')).toEqual([]);
    expect(names('a', 2)).toHaveLength(2);
    expect(names('a', 2)).toEqual(['Ada Lovelace', 'Adam Smith']);
  });

  it('stays fast at 10,000 names (folded once per list)', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ id: `x${i}`, name: `Person ${i} Example` }));
    matchCandidates(many, 'warm', 8);
    const found = matchCandidates(many, 'person 99', 8);
    expect(found.map((c) => c.name)).toEqual([
      'Person 99 Example',
      'Person 990 Example',
      'Person 991 Example',
      'Person 992 Example',
      'Person 993 Example',
      'Person 994 Example',
      'Person 995 Example',
      'Person 996 Example',
    ]);
  });
});
