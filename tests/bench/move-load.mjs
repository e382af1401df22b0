// Moves under bounded load: autocannon keeps N connections busy with POST /api/candidates/:id/moves,
// each a valid move (applied ⇄ screen, which a recruiter may make) with the candidate's current version
// in If-Match and a fresh Idempotency-Key. A candidate is never in two requests at once and goes to the
// back of the queue after its answer, so 412s mean the bench lost track of a version, not contention.
import autocannon from 'autocannon';

const OTHER_STAGE = { applied: 'screen', screen: 'applied' };

/** The candidates a recruiter can move back and forth: active, in Applied or Screen. */
export function movableCandidates(items) {
  return items.filter((c) => c.status === 'active' && c.stage in OTHER_STAGE).map((c) => ({ id: c.id, version: c.version, stage: c.stage }));
}

/**
 * A FIFO of idle candidates: `take()` hands out the one idle the longest (and its next move), `settle()`
 * records the answer and puts it back at the end. Kept across runs so versions stay known.
 */
export class MoveRotation {
  constructor(candidates) {
    this.queue = candidates.map((c) => ({ ...c }));
    this.head = 0;
  }

  get idle() {
    return this.queue.length - this.head;
  }

  take() {
    if (this.head >= this.queue.length) return null;
    const candidate = this.queue[this.head++];
    // Compact now and then instead of shifting on every take.
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
    return { candidate, toStage: OTHER_STAGE[candidate.stage] };
  }

  /** After a 200 the candidate is in `toStage`; after a 412 the server said where and at which version. */
  settle(taken, { status, version, stage }) {
    const { candidate } = taken;
    if (status === 200) candidate.stage = taken.toStage;
    else if (stage in OTHER_STAGE) candidate.stage = stage;
    if (Number.isInteger(version)) candidate.version = version;
    // A candidate that left Applied/Screen (someone else moved it) is dropped from the rotation.
    if (candidate.stage in OTHER_STAGE) this.queue.push(candidate);
  }
}

/** `"12"` or `W/"12"` → 12. */
function versionFromTag(tag) {
  const match = /^(?:W\/)?"(\d+)"$/.exec(tag ?? '');
  return match ? Number(match[1]) : null;
}

function header(headers, name) {
  for (const [key, value] of Object.entries(headers ?? {})) if (key.toLowerCase() === name) return value;
  return undefined;
}

/** What a move's answer says about the candidate: the ETag on success, `current` in a 412's problem. */
function answerOf(status, body, headers) {
  let version = versionFromTag(header(headers, 'etag'));
  let stage;
  if (status !== 200) {
    try {
      const current = JSON.parse(body)?.current;
      version ??= Number.isInteger(current?.version) ? current.version : null;
      stage = current?.stage;
    } catch {
      // not JSON
    }
  }
  return { status, version, stage };
}

let runCounter = 0;

/**
 * One autocannon run. Returns autocannon's latency (ms) and throughput figures, our own count of answers
 * by status, and moves/s (200s per second).
 */
export async function runMoves({ url, cookie, rotation, connections, durationSeconds }) {
  const run = `${process.pid}-${Date.now().toString(36)}-${++runCounter}`;
  let sequence = 0;
  const statuses = {};
  let errors = 0;
  const baseHeaders = { Origin: url, Cookie: cookie, 'Content-Type': 'application/json', Accept: 'application/json' };
  const instance = autocannon({
    url,
    connections,
    pipelining: 1,
    duration: durationSeconds,
    timeout: 10,
    requests: [
      {
        setupRequest(req, context) {
          const taken = rotation.take();
          if (!taken) throw new Error('move rotation ran out of idle candidates');
          context.taken = taken;
          return {
            ...req,
            method: 'POST',
            path: `/api/candidates/${encodeURIComponent(taken.candidate.id)}/moves`,
            headers: { ...baseHeaders, 'If-Match': `"${taken.candidate.version}"`, 'Idempotency-Key': `bench-${run}-${++sequence}` },
            body: JSON.stringify({ toStage: taken.toStage }),
          };
        },
        onResponse(status, body, context, headers) {
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (context.taken) rotation.settle(context.taken, answerOf(status, body, headers));
          context.taken = null;
        },
      },
    ],
  });
  instance.on('reqError', () => (errors += 1));
  const result = await instance;
  const ok = statuses[200] ?? 0;
  const answered = Object.values(statuses).reduce((a, b) => a + b, 0);
  return {
    connections,
    durationSeconds: result.duration,
    latency: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max, mean: result.latency.mean },
    requestsPerSecond: result.requests.average,
    movesPerSecond: ok / result.duration,
    answered,
    statuses,
    share412: answered ? (statuses[412] ?? 0) / answered : 0,
    errors: errors + result.errors,
    timeouts: result.timeouts,
  };
}
