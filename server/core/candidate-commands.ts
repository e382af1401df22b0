/**
 * Commands on candidates, each written once as: load → 403 → 428/412 → 422 → the domain rule → one unit
 * of work that saves the change with its activity entry. A stale client learns what changed instead of
 * being told an outdated state is invalid.
 */
import {
  AssessmentUpdateSchema,
  type Candidate,
  CandidateDraftSchema,
  canAddCandidates,
  canEditAssessments,
  canMoveAnyone,
  decideMove,
  decideStatusChange,
  type IfMatch,
  MoveRequestSchema,
  NoteRequestSchema,
  QUALIFICATION_IDS,
  QualificationIdSchema,
  StatusActionSchema,
  type Stage,
  type StatusAction,
  type StatusChange,
  type User,
} from '../../src/domain';
import { actorOf, type CoreDeps, currentRecord, once, requireVersion, summaryOf, visibleCandidate, writeCandidate } from './context';
import type { Outcome, ReadPort, UnitOfWork } from './ports';
import { parseAfterVersion, parseWith, problems } from './problems';
import { redactCandidate } from './visibility';

export interface WriteRequest {
  user: User;
  candidateId: string;
  ifMatch: IfMatch;
  idempotencyKey: string | null;
  body: unknown;
}

/** 404 unless visible, then 403 unless this caller may move anyone: the checks before the body is read. */
export async function mayMove(reader: ReadPort, user: User, candidateId: string): Promise<void> {
  await visibleCandidate(reader, user, candidateId);
  if (!canMoveAnyone(user.role)) throw problems.forbidden('Interviewers cannot move candidates.');
}

export async function mayChangeStatus(reader: ReadPort, user: User, candidateId: string): Promise<void> {
  await visibleCandidate(reader, user, candidateId);
  if (!canMoveAnyone(user.role)) throw problems.forbidden('Interviewers cannot change a candidate’s status.');
}

export async function mayAddNote(reader: ReadPort, user: User, candidateId: string): Promise<void> {
  await visibleCandidate(reader, user, candidateId);
  if (!canAddCandidates(user.role)) throw problems.forbidden('Interviewers keep their notes in their scorecards.');
}

/**
 * The inner unit of work of move, status change and note, inside a unit of work already open: the single
 * commands (one per Idempotency-Key) and the bulk ones (one key, many items) run exactly these.
 */
export function candidateUnits(deps: CoreDeps) {
  const now = () => deps.clock.now().toISOString();
  return {
    async move(tx: UnitOfWork, user: User, candidateId: string, ifMatch: IfMatch, toStage: Stage): Promise<Outcome> {
      const current = (await tx.candidate(candidateId))!;
      const decision = decideMove(user.role, current, toStage);
      if (!decision.allowed && decision.kind === 'forbidden') throw problems.forbidden(decision.reason);
      const summaryNow = (c: Candidate) => summaryOf(tx, user, c);
      await requireVersion(ifMatch, current.version, () => summaryNow(current));
      if (!decision.allowed) throw problems.invalid(decision.reason);
      const at = now();
      const moved = await writeCandidate(tx, current, { ...current, stage: toStage, stageEnteredAt: at }, summaryNow);
      await tx.appendActivity({ candidateId, at, actor: actorOf(user), type: 'stage_changed', from: current.stage, to: toStage });
      return { status: 200, body: { candidate: await summaryNow(moved) }, version: moved.version };
    },

    async changeStatus(tx: UnitOfWork, user: User, candidateId: string, ifMatch: IfMatch, action: StatusAction): Promise<Outcome> {
      const current = (await tx.candidate(candidateId))!;
      const decidedBy = current.statusChange ? (current.statusChange.by.role ?? (await tx.user(current.statusChange.by.id))?.role ?? null) : null;
      const decision = decideStatusChange(user.role, current, action.action, decidedBy);
      if (!decision.allowed && decision.kind === 'forbidden') throw problems.forbidden(decision.reason);
      await requireVersion(ifMatch, current.version, currentRecord(user, current));
      if (!decision.allowed) throw problems.invalid(decision.reason);

      const at = now();
      const by = { ...actorOf(user), role: user.role };
      const next: { status: Candidate['status']; statusChange: StatusChange | null } =
        action.action === 'restore'
          ? { status: 'active', statusChange: null }
          : action.action === 'hire'
            ? { status: 'hired', statusChange: { reason: 'Offer accepted', note: action.note, unmetQualifications: [], at, by } }
            : {
                status: action.action === 'reject' ? 'rejected' : 'withdrawn',
                statusChange: {
                  reason: action.reason,
                  note: action.note,
                  unmetQualifications: action.action === 'reject' ? action.unmetQualifications : [],
                  at,
                  by,
                },
              };
      const updated = await writeCandidate(tx, current, { ...current, ...next }, (latest) => redactCandidate(user, latest));
      await tx.appendActivity({
        candidateId,
        at,
        actor: actorOf(user),
        type: 'status_changed',
        from: current.status,
        to: next.status,
        reason: next.statusChange?.reason ?? null,
        ...(next.statusChange?.note ? { note: next.statusChange.note } : {}),
      });
      return { status: 200, body: redactCandidate(user, updated), version: updated.version };
    },

    async addNote(tx: UnitOfWork, user: User, candidateId: string, text: string): Promise<Outcome> {
      const entry = await tx.appendActivity({ candidateId, at: now(), actor: actorOf(user), type: 'note_added', text });
      tx.emit({ type: 'activity', candidateId });
      return { status: 201, body: entry };
    },
  };
}

export function candidateCommands(deps: CoreDeps) {
  const now = () => deps.clock.now().toISOString();
  const units = candidateUnits(deps);

  return {
    async move({ user, candidateId, ifMatch, idempotencyKey, body }: WriteRequest): Promise<Outcome> {
      await mayMove(deps.store, user, candidateId);
      return once(deps, user, idempotencyKey, ['move', candidateId, body], async (tx) => {
        const { toStage } = await parseAfterVersion(MoveRequestSchema, body, async () => {
          const current = (await tx.candidate(candidateId))!;
          await requireVersion(ifMatch, current.version, () => summaryOf(tx, user, current));
        });
        return units.move(tx, user, candidateId, ifMatch, toStage);
      });
    },

    async changeStatus({ user, candidateId, ifMatch, idempotencyKey, body }: WriteRequest): Promise<Outcome> {
      await mayChangeStatus(deps.store, user, candidateId);
      return once(deps, user, idempotencyKey, ['status', candidateId, body], async (tx) => {
        const action = await parseAfterVersion(StatusActionSchema, body, async () => {
          const current = (await tx.candidate(candidateId))!;
          await requireVersion(ifMatch, current.version, currentRecord(user, current));
        });
        return units.changeStatus(tx, user, candidateId, ifMatch, action);
      });
    },

    /** A PUT: repeating it is harmless, so it needs no Idempotency-Key; If-Match keeps it from overwriting. */
    async saveAssessment(request: Omit<WriteRequest, 'idempotencyKey'> & { qualificationId: string }): Promise<Outcome> {
      const { user, candidateId, ifMatch, body } = request;
      const candidate = await visibleCandidate(deps.store, user, candidateId);
      if (!canEditAssessments(user.role)) throw problems.forbidden('Interviewers rate qualifications in their scorecards, not here.');
      const qualification = QualificationIdSchema.safeParse(request.qualificationId);
      if (!qualification.success) throw problems.notFound('This qualification');
      await requireVersion(ifMatch, candidate.version, currentRecord(user, candidate));
      const update = parseWith(AssessmentUpdateSchema, body);
      return deps.store.transaction(async (tx) => {
        const current = (await tx.candidate(candidateId))!;
        await requireVersion(ifMatch, current.version, currentRecord(user, current));
        const at = now();
        const previous = current.assessments[qualification.data];
        const assessment = { status: update.status, evidence: update.evidence, updatedBy: actorOf(user), updatedAt: at };
        const updated = await writeCandidate(
          tx,
          current,
          { ...current, assessments: { ...current.assessments, [qualification.data]: assessment } },
          (latest) => redactCandidate(user, latest),
        );
        await tx.appendActivity({
          candidateId,
          at,
          actor: actorOf(user),
          type: 'assessment_changed',
          qualificationId: qualification.data,
          from: previous.status,
          to: update.status,
          evidence: update.evidence,
        });
        return { status: 200, body: redactCandidate(user, updated), version: updated.version };
      });
    },

    async addNote({ user, candidateId, idempotencyKey, body }: Omit<WriteRequest, 'ifMatch'>): Promise<Outcome> {
      await mayAddNote(deps.store, user, candidateId);
      const { text } = parseWith(NoteRequestSchema, body);
      return once(deps, user, idempotencyKey, ['note', candidateId, body], (tx) => units.addNote(tx, user, candidateId, text));
    },

    async create({ user, idempotencyKey, body }: { user: User; idempotencyKey: string | null; body: unknown }): Promise<Outcome> {
      if (!canAddCandidates(user.role)) throw problems.forbidden('Interviewers cannot add candidates.');
      const draft = parseWith(CandidateDraftSchema, body);
      return once(deps, user, idempotencyKey, ['create', body], async (tx) => {
        const at = now();
        const { phone, ...rest } = draft;
        // The store checks the address as it inserts, so two parallel creations cannot both pass a check made before.
        const inserted = await tx.insertCandidate((id) => ({
          id,
          version: 1,
          ...rest,
          ...(phone ? { phone } : {}),
          stage: 'applied',
          status: 'active',
          statusChange: null,
          appliedAt: at,
          stageEnteredAt: at,
          assessments: Object.fromEntries(
            QUALIFICATION_IDS.map((q) => [q, { status: 'unknown', evidence: '', updatedBy: null, updatedAt: null }]),
          ) as Candidate['assessments'],
        }));
        if ('duplicateOf' in inserted) {
          const existing = inserted.duplicateOf;
          throw problems.fieldErrors('Already a candidate', `${existing.name} already has this email address.`, {
            email: ['A candidate with this email already exists.'],
          }, 409, { existing: { id: existing.id, name: existing.name } });
        }
        const { created } = inserted;
        await tx.appendActivity({ candidateId: created.id, at, actor: actorOf(user), type: 'created' });
        tx.emit({ type: 'candidate', candidateId: created.id });
        return { status: 201, body: redactCandidate(user, created), version: created.version };
      });
    },
  };
}
