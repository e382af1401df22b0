/**
 * Bad request bodies, per writing endpoint: each one valid body with exactly one thing wrong, and the field
 * the 422 must name. suite-bad-input.ts sends the valid body too, so a refusal can only come from the flaw.
 */
import { anonymous, type ApiResponse, ifMatch, newKey, writeHeaders } from './client';
import { activeIn, blindInterview, completeScorecard, newCandidateDraft, type SeedFacts } from './fixtures';
import { type ContractTarget, PERSONAS, type PersonaId } from './target';

export interface BadBody {
  why: string;
  body: Record<string, unknown>;
  /** The key of the problem's `errors` that must name the field. */
  field: string;
}

export interface BadInputEndpoint {
  endpoint: string;

  /** Signs the right person in and returns a sender: everything but the body valid, fresh keys each time. */
  prepare(target: ContractTarget, facts: SeedFacts): Promise<(body: unknown) => Promise<ApiResponse>>;
  valid(target: ContractTarget): Record<string, unknown>;
  /**
   * Static, so each case is a named test before any target exists; or, where the body depends on how the
   * target signs people in (POST /session), chosen when the test runs.
   */
  cases: readonly BadBody[] | ((signInKind: ContractTarget['signInKind']) => readonly BadBody[]);
}

export const long = (n: number) => 'x'.repeat(n);
export const ZERO_WIDTH = '\u200b\u200c\u2060\ufeff';
/** Looks empty too: Unicode tags, a supplementary variation selector, the braille blank, a lone combining mark. */
const BLANK_LOOKING = '\u{e0041}\u{e0100}\u2800\u0301';
export const BELL = 'Ada\u0007';
export const LONE_HIGH = 'Ada\ud800';
const LONE_LOW = '\udc00Ada';

/** A case: the valid body with `patch` applied (`undefined` removes the field). */
export function flaw(valid: Record<string, unknown>, why: string, field: string, patch: Record<string, unknown>): BadBody {
  const body = { ...valid, ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete body[key];
  return { why, body, field };
}

/** The flaws every required text field is checked for. */
export function requiredTextFlaws(valid: Record<string, unknown>, field: string, max: number): BadBody[] {
  return [
    flaw(valid, `${field} missing`, field, { [field]: undefined }),
    flaw(valid, `${field} not a string`, field, { [field]: 42 }),
    flaw(valid, `${field} empty`, field, { [field]: '' }),
    flaw(valid, `${field} only whitespace`, field, { [field]: ' \n\t\u00a0\u3000' }),
    flaw(valid, `${field} only zero-width characters`, field, { [field]: ZERO_WIDTH }),
    flaw(valid, `${field} only blank-looking characters`, field, { [field]: BLANK_LOOKING }),
    flaw(valid, `${field} over ${max} characters`, field, { [field]: long(max + 1) }),
    flaw(valid, `${field} with a control character`, field, { [field]: BELL }),
    flaw(valid, `${field} with a lone surrogate`, field, { [field]: LONE_HIGH }),
  ];
}

const candidateBody = () => newCandidateDraft() as unknown as Record<string, unknown>;
/** Bases of the flawed bodies: each would be accepted as it is (the real sign-in body comes from the target). */
const PERSONA_SIGN_IN = { userId: PERSONAS.recruiter };
const PASSWORD_SIGN_IN = { email: 'priya@example.org', password: 'correct horse battery staple' };
const CANDIDATE = candidateBody();
const MOVE = { toStage: 'screen' };
const STATUS = { action: 'reject', reason: 'Does not meet required qualifications', note: 'Thin on data.', unmetQualifications: ['data'] };
const NOTE = { text: 'A fine note.' };
const ASSESSMENT = { status: 'met', evidence: 'Designed a ledger.' };
const SCORECARD = { ...completeScorecard({ focus: ['data', 'security'] }) };

/** What both scorecard writes refuse in the content (a draft may lack a recommendation and takeaways). */
const SCORECARD_FLAWS = [
  flaw(SCORECARD, 'ratings missing', 'ratings', { ratings: undefined }),
  flaw(SCORECARD, 'ratings a list', 'ratings', { ratings: ['yes'] }),
  flaw(SCORECARD, 'a rating of an unknown qualification', 'ratings', { ratings: { charisma: 'yes' } }),
  flaw(SCORECARD, 'an unknown rating', 'ratings.data', { ratings: { data: 'amazing' } }),
  flaw(SCORECARD, 'a rating key with a control character', 'ratings.data\\u0007', { ratings: { 'data\u0007': 'yes' } }),
  flaw(SCORECARD, 'unknown recommendation', 'recommendation', { recommendation: 'maybe' }),
  flaw(SCORECARD, 'a rating as the recommendation', 'recommendation', { recommendation: 'mixed' }),
  flaw(SCORECARD, 'takeaways missing', 'takeaways', { takeaways: undefined }),
  flaw(SCORECARD, 'takeaways not a string', 'takeaways', { takeaways: 5 }),
  flaw(SCORECARD, 'takeaways over 5,000 characters', 'takeaways', { takeaways: long(5001) }),
  flaw(SCORECARD, 'takeaways with a control character', 'takeaways', { takeaways: BELL }),
  flaw(SCORECARD, 'private notes missing', 'privateNotes', { privateNotes: undefined }),
  flaw(SCORECARD, 'private notes over 5,000 characters', 'privateNotes', { privateNotes: long(5001) }),
  flaw(SCORECARD, 'private notes with a lone surrogate', 'privateNotes', { privateNotes: LONE_HIGH }),
];

const PERSONA_SIGN_IN_FLAWS = [
  flaw(PERSONA_SIGN_IN, 'userId missing', 'userId', { userId: undefined }),
  flaw(PERSONA_SIGN_IN, 'userId not a string', 'userId', { userId: 7 }),
  flaw(PERSONA_SIGN_IN, 'userId empty', 'userId', { userId: '' }),
  flaw(PERSONA_SIGN_IN, 'userId over 64 characters', 'userId', { userId: long(65) }),
  flaw(PERSONA_SIGN_IN, 'userId with a control character', 'userId', { userId: 'u-priya\u0007' }),
  flaw(PERSONA_SIGN_IN, 'userId with a lone surrogate', 'userId', { userId: 'u-priya\ud800' }),
  flaw(PERSONA_SIGN_IN, 'userId of nobody', 'userId', { userId: 'u-nobody' }),
];

/** Refused before any password is checked, so none counts as a failed sign-in (no throttling). */
const PASSWORD_SIGN_IN_FLAWS = [
  ...requiredTextFlaws(PASSWORD_SIGN_IN, 'email', 254),
  flaw(PASSWORD_SIGN_IN, 'password missing', 'password', { password: undefined }),
  flaw(PASSWORD_SIGN_IN, 'password empty', 'password', { password: '' }),
  flaw(PASSWORD_SIGN_IN, 'password not a string', 'password', { password: 1234 }),
  flaw(PASSWORD_SIGN_IN, 'password over 1,024 characters', 'password', { password: long(1025) }),
  flaw(PASSWORD_SIGN_IN, 'password with a lone surrogate', 'password', { password: LONE_LOW }),
];

function scorecardEndpoint(endpoint: string, cases: BadBody[]): BadInputEndpoint {
  const submit = endpoint.endsWith('/submit');
  return {
    endpoint,
    async prepare(target, facts) {
      const interview = blindInterview(facts, { missing: true });
      const interviewer = await target.signIn(interview.interviewerId as PersonaId);
      const path = `/interviews/${interview.id}/scorecard${submit ? '/submit' : ''}`;
      return (body) => interviewer.request(submit ? 'POST' : 'PUT', path, { body, headers: submit ? newKey() : {} });
    },
    valid: () => SCORECARD,
    cases,
  };
}
const link = (url: string, label = 'Site') => ({ label, url });

export const BAD_INPUTS: readonly BadInputEndpoint[] = [
  {
    endpoint: 'POST /session',
    prepare: async (target) => (body) => anonymous(target).post('/session', body),
    valid: (target) => target.signInBody(PERSONAS.recruiter),
    cases: (kind) => (kind === 'persona' ? PERSONA_SIGN_IN_FLAWS : PASSWORD_SIGN_IN_FLAWS),
  },
  {
    endpoint: 'POST /candidates',
    async prepare(target) {
      const recruiter = await target.signIn(PERSONAS.recruiter);
      return (body) => recruiter.post('/candidates', body, newKey());
    },
    valid: candidateBody,
    cases: [
      ...requiredTextFlaws(CANDIDATE, 'name', 120),
      ...requiredTextFlaws(CANDIDATE, 'headline', 120),
      ...requiredTextFlaws(CANDIDATE, 'company', 120),
      ...requiredTextFlaws(CANDIDATE, 'location', 120),
      flaw(CANDIDATE, 'email missing', 'email', { email: undefined }),
      flaw(CANDIDATE, 'email not an address', 'email', { email: 'nope' }),
      flaw(CANDIDATE, 'email over 254 characters', 'email', { email: `${long(250)}@example.org` }),
      flaw(CANDIDATE, 'email only zero-width characters', 'email', { email: ZERO_WIDTH }),
      flaw(CANDIDATE, 'email with a control character', 'email', { email: 'ada\u0007@example.org' }),
      flaw(CANDIDATE, 'phone over 40 characters', 'phone', { phone: '1'.repeat(41) }),
      flaw(CANDIDATE, 'phone with letters', 'phone', { phone: 'call me maybe' }),
      flaw(CANDIDATE, 'phone with a lone surrogate', 'phone', { phone: `+1 555${LONE_LOW}` }),
      flaw(CANDIDATE, 'years as a string', 'yearsExperience', { yearsExperience: '9' }),
      flaw(CANDIDATE, 'negative years', 'yearsExperience', { yearsExperience: -1 }),
      flaw(CANDIDATE, 'over 60 years', 'yearsExperience', { yearsExperience: 61 }),
      flaw(CANDIDATE, 'fractional years', 'yearsExperience', { yearsExperience: 2.5 }),
      flaw(CANDIDATE, 'unknown source', 'source', { source: 'carrier-pigeon' }),
      flaw(CANDIDATE, 'links not a list', 'links', { links: 'https://example.org' }),
      flaw(CANDIDATE, 'more than five links', 'links', { links: [1, 2, 3, 4, 5, 6].map((n) => link(`https://example.org/${n}`)) }),
      flaw(CANDIDATE, 'a javascript: link', 'links.0.url', { links: [link('javascript:alert(1)')] }),
      flaw(CANDIDATE, 'a data: link', 'links.0.url', { links: [link('data:text/html,<script>alert(1)</script>')] }),
      flaw(CANDIDATE, 'an ftp: link', 'links.0.url', { links: [link('ftp://example.org/cv.pdf')] }),
      flaw(CANDIDATE, 'a link over 2,048 characters', 'links.0.url', { links: [link(`https://example.org/${long(2040)}`)] }),
      flaw(CANDIDATE, 'a link label over 80 characters', 'links.0.label', { links: [link('https://example.org', long(81))] }),
      flaw(CANDIDATE, 'a link label with a control character', 'links.0.label', { links: [link('https://example.org', BELL)] }),
      flaw(CANDIDATE, 'the same link twice', 'links.1.url', { links: [link('https://example.org/a'), link('https://example.org/a', 'Again')] }),
    ],
  },
  {
    endpoint: 'POST /candidates/:id/moves',
    async prepare(target, facts) {
      const candidate = activeIn(facts, 'applied');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      return (body) => recruiter.post(`/candidates/${candidate.id}/moves`, body, writeHeaders(candidate.version));
    },
    valid: () => MOVE,
    cases: [
      flaw(MOVE, 'toStage missing', 'toStage', { toStage: undefined }),
      flaw(MOVE, 'toStage not a stage', 'toStage', { toStage: 'hired' }),
      flaw(MOVE, 'toStage not a string', 'toStage', { toStage: 2 }),
      flaw(MOVE, 'toStage 5,000 characters long', 'toStage', { toStage: long(5000) }),
      flaw(MOVE, 'toStage with a control character', 'toStage', { toStage: 'screen\u0007' }),
      flaw(MOVE, 'toStage with a lone surrogate', 'toStage', { toStage: `screen${LONE_HIGH}` }),
    ],
  },
  {
    endpoint: 'POST /candidates/:id/status',
    async prepare(target, facts) {
      const candidate = activeIn(facts, 'screen');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      return (body) => recruiter.post(`/candidates/${candidate.id}/status`, body, writeHeaders(candidate.version));
    },
    valid: () => STATUS,
    cases: [
      flaw(STATUS, 'action missing', 'action', { action: undefined }),
      flaw(STATUS, 'unknown action', 'action', { action: 'fire' }),
      flaw(STATUS, 'reason missing', 'reason', { reason: undefined }),
      flaw(STATUS, 'reason not in the list', 'reason', { reason: 'Bored' }),
      flaw(STATUS, 'reason not a string', 'reason', { reason: ['Other'] }),
      flaw(STATUS, 'note missing', 'note', { note: undefined }),
      flaw(STATUS, 'note over 2,000 characters', 'note', { note: long(2001) }),
      flaw(STATUS, 'note with a control character', 'note', { note: BELL }),
      flaw(STATUS, 'note with a lone surrogate', 'note', { note: LONE_LOW }),
      flaw(STATUS, '"Other" with an only-whitespace note', 'note', { reason: 'Other', note: ' \n ' }),
      flaw(STATUS, '"Other" with an only-zero-width note', 'note', { reason: 'Other', note: ZERO_WIDTH }),
      flaw({ action: 'withdraw', reason: 'Other', note: 'Moving abroad.' }, 'withdrawal "Other" with an only-zero-width note', 'note', { note: ZERO_WIDTH }),
      flaw({ action: 'hire', note: '' }, 'hire note over 2,000 characters', 'note', { note: long(2001) }),
      flaw(STATUS, 'unmet qualifications missing', 'unmetQualifications', { unmetQualifications: undefined }),
      flaw(STATUS, 'unmet qualifications not a list', 'unmetQualifications', { unmetQualifications: 'data' }),
      flaw(STATUS, 'an unknown unmet qualification', 'unmetQualifications.0', { unmetQualifications: ['charisma'] }),
      flaw(STATUS, 'the same unmet qualification twice', 'unmetQualifications.1', { unmetQualifications: ['data', 'data'] }),
      flaw(STATUS, 'more unmet qualifications than there are', 'unmetQualifications', {
        unmetQualifications: ['experience', 'language', 'distributed-systems', 'data', 'async', 'security', 'communication', 'autonomy', 'data'],
      }),
    ],
  },
  {
    endpoint: 'POST /candidates/:id/notes',
    async prepare(target, facts) {
      const candidate = activeIn(facts, 'screen');
      const manager = await target.signIn(PERSONAS.hiringManager);
      return (body) => manager.post(`/candidates/${candidate.id}/notes`, body, newKey());
    },
    valid: () => NOTE,
    cases: [...requiredTextFlaws(NOTE, 'text', 5000), flaw(NOTE, 'text a list', 'text', { text: ['a'] }), flaw(NOTE, 'text null', 'text', { text: null })],
  },
  {
    endpoint: 'PUT /candidates/:id/assessments/:qualificationId',
    async prepare(target, facts) {
      const candidate = activeIn(facts, 'screen');
      const recruiter = await target.signIn(PERSONAS.recruiter);
      return (body) => recruiter.put(`/candidates/${candidate.id}/assessments/data`, body, ifMatch(candidate.version));
    },
    valid: () => ASSESSMENT,
    cases: [
      flaw(ASSESSMENT, 'status missing', 'status', { status: undefined }),
      flaw(ASSESSMENT, 'unknown status', 'status', { status: 'great' }),
      flaw(ASSESSMENT, 'status not a string', 'status', { status: true }),
      flaw(ASSESSMENT, 'evidence missing', 'evidence', { evidence: undefined }),
      flaw(ASSESSMENT, 'evidence not a string', 'evidence', { evidence: 3 }),
      flaw(ASSESSMENT, 'evidence over 2,000 characters', 'evidence', { evidence: long(2001) }),
      flaw(ASSESSMENT, 'evidence with a control character', 'evidence', { evidence: BELL }),
      flaw(ASSESSMENT, 'evidence with a lone surrogate', 'evidence', { evidence: LONE_HIGH }),
    ],
  },
  scorecardEndpoint('PUT /interviews/:id/scorecard', SCORECARD_FLAWS),
  scorecardEndpoint('POST /interviews/:id/scorecard/submit', [
    ...SCORECARD_FLAWS,
    flaw(SCORECARD, 'no recommendation', 'recommendation', { recommendation: null }),
    flaw(SCORECARD, 'only-whitespace takeaways', 'takeaways', { takeaways: ' \n\t ' }),
    flaw(SCORECARD, 'only-zero-width takeaways', 'takeaways', { takeaways: ZERO_WIDTH }),
  ]),
];
