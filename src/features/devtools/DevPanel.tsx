import * as Dialog from '@radix-ui/react-dialog';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { FaultSettings, MockSettings } from '../../domain';
import { MAX_DATASET_SIZE } from '../../domain';
import { Field } from '../../components/form/Field';
import { describeError } from '../../lib/api-errors';
import { notify } from '../../lib/notify';
import { mockSettingsQueryOptions } from '../../lib/queries/mock-settings';
import { useResetDemoData, useUpdateFaults } from './api';

const SIZE_PRESETS = [60, 1_000, 10_000];

function FaultControls({ settings }: { settings: MockSettings }) {
  const update = useUpdateFaults();
  const faults = settings.faults;
  const set = (patch: Partial<FaultSettings>) =>
    update.mutate({ ...faults, ...patch }, { onError: (error) => notify({ tone: 'error', title: 'Could not change settings', description: describeError(error) }) });
  return (
    <fieldset className="dev-panel__group">
      <legend>Network and server faults</legend>
      <Field label="Added latency (ms)">
        {(control) => (
          <input
            {...control}
            className="input"
            type="number"
            min={0}
            max={30_000}
            step={50}
            defaultValue={faults.latencyMs}
            onBlur={(event) => set({ latencyMs: Math.max(0, Math.min(30_000, Math.round(Number(event.target.value) || 0))) })}
          />
        )}
      </Field>
      <Field label={`Error rate: ${Math.round(faults.errorRate * 100)}% of requests fail with 500`}>
        {(control) => (
          <input {...control} type="range" min={0} max={100} step={5} value={Math.round(faults.errorRate * 100)} onChange={(event) => set({ errorRate: Number(event.target.value) / 100 })} />
        )}
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={faults.offline} onChange={(event) => set({ offline: event.target.checked })} />
        Offline (every request fails as a network error)
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={faults.colleague} onChange={(event) => set({ colleague: event.target.checked })} />
        A colleague edits candidates in the background (every 5 s)
      </label>
    </fieldset>
  );
}

function DatasetControls({ settings }: { settings: MockSettings }) {
  const reset = useResetDemoData();
  const [size, setSize] = useState(String(settings.size));
  const [seed, setSeed] = useState(String(settings.seed));
  const [outcome, setOutcome] = useState<string | null>(null);
  const sizeNumber = Number(size);
  const sizeError = !Number.isInteger(sizeNumber) || sizeNumber < 0 || sizeNumber > MAX_DATASET_SIZE ? `Enter a whole number from 0 to ${MAX_DATASET_SIZE.toLocaleString('en')}.` : null;
  const run = (dataset: { seed?: number; size?: number }, done: string) =>
    reset.mutate(dataset, {
      onSuccess: () => setOutcome(done),
      onError: (error) => setOutcome(`Could not reset the demo data: ${describeError(error)}`),
    });
  return (
    <fieldset className="dev-panel__group">
      <legend>Demo data</legend>
      <p className="muted small">
        Now: {settings.size.toLocaleString('en')} candidates from seed {settings.seed}. The same seed and size always give the same people.
      </p>
      <div className="field-row">
        <Field label="Candidates" error={sizeError ?? undefined}>
          {(control) => (
            <>
              <input {...control} className="input" type="number" min={0} max={MAX_DATASET_SIZE} value={size} onChange={(event) => setSize(event.target.value)} list="dataset-size-presets" />
              <datalist id="dataset-size-presets">
                {SIZE_PRESETS.map((preset) => (
                  <option key={preset} value={preset} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field label="Seed">{(control) => <input {...control} className="input" type="number" value={seed} onChange={(event) => setSeed(event.target.value)} />}</Field>
      </div>
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={reset.isPending || sizeError !== null} onClick={() => run({ size: sizeNumber, seed: Math.round(Number(seed) || 0) }, `Generated ${sizeNumber.toLocaleString('en')} candidates`)}>
          Generate
        </button>
        <button type="button" className="button" disabled={reset.isPending} onClick={() => run({}, 'Demo data reset to the seeded candidates')}>
          Reset demo data
        </button>
      </div>
      <p role="status" className="small">
        {reset.isPending ? 'Working…' : outcome}
      </p>
      <p className="muted small">
        Also from the URL: <code>?mock-size=10000&amp;mock-seed=7&amp;mock-latency=800&amp;mock-errors=0.2&amp;mock-offline=1&amp;mock-colleague=1</code>
      </p>
    </fieldset>
  );
}

/** The mock backend's controls, in a side sheet. Loaded only when opened, and only when mocking. */
export default function DevPanel({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const settings = useQuery({ ...mockSettingsQueryOptions(), enabled: open });
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="sheet-overlay" />
        <Dialog.Content className="sheet">
          <div className="sheet__header">
            <Dialog.Title className="sheet__title">Mock backend</Dialog.Title>
            <Dialog.Close className="icon-button" aria-label="Close mock backend settings">
              ×
            </Dialog.Close>
          </div>
          <Dialog.Description className="muted small">
            Shortlist is running on its built-in mock API. Use these controls to try it with a slow, failing or busy server.
          </Dialog.Description>
          {settings.data ? (
            <>
              <FaultControls settings={settings.data} />
              <DatasetControls settings={settings.data} />
            </>
          ) : settings.isError ? (
            <p role="alert">{describeError(settings.error)}</p>
          ) : (
            <p role="status">Loading settings…</p>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
