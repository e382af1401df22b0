import { Menu, type MenuEntry } from '../menu';

interface FilterMenuProps<T extends string> {
  label: string;
  options: readonly { value: T; label: string }[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
  /** Text when nothing is chosen, e.g. "Any". */
  emptyText: string;
}

/** A menu of checkboxes: several values of one filter at once. */
export function FilterMenu<T extends string>({ label, options, selected, onChange, emptyText }: FilterMenuProps<T>) {
  const chosen = new Set(selected);
  const summary =
    selected.length === 0 ? emptyText : selected.length === 1 ? options.find((o) => o.value === selected[0])?.label : `${selected.length} selected`;
  const entries: MenuEntry[] = [
    { kind: 'label', key: 'label', text: label },
    ...options.map(
      (option): MenuEntry => ({
        kind: 'checkbox',
        key: option.value,
        label: option.label,
        checked: chosen.has(option.value),
        onCheckedChange: (checked) =>
          onChange(options.map((o) => o.value).filter((v) => (v === option.value ? checked : chosen.has(v)))),
      }),
    ),
    ...(selected.length
      ? [
          { kind: 'separator', key: 'sep' } as const,
          { kind: 'item', key: 'clear', label: `Clear ${label.toLowerCase()}`, onSelect: () => onChange([]) } as const,
        ]
      : []),
  ];
  return (
    <Menu
      trigger={
        <>
          {label}: <strong>{summary}</strong> <span aria-hidden="true" className="chevron">▾</span>
        </>
      }
      triggerClassName={`button button--filter${selected.length ? ' is-active' : ''}`}
      entries={entries}
    />
  );
}

interface ChoiceMenuProps<T extends string> {
  label: string;
  /** Heading inside the open menu, e.g. "Meets at least". */
  menuLabel: string;
  options: readonly { value: T; label: string }[];
  value: T | null;
  onChange: (value: T | null) => void;
  emptyText: string;
}

const ANY = '';

/** A menu of radio items: one value of a filter, or none ("Any"). */
export function ChoiceMenu<T extends string>({ label, menuLabel, options, value, onChange, emptyText }: ChoiceMenuProps<T>) {
  const chosen = options.find((o) => o.value === value);
  const entries: MenuEntry[] = [
    { kind: 'label', key: 'label', text: menuLabel },
    {
      kind: 'radio-group',
      key: 'choices',
      value: chosen ? chosen.value : ANY,
      options: [{ value: ANY, label: emptyText }, ...options],
      onValueChange: (next) => onChange(next === ANY ? null : (next as T)),
    },
  ];
  return (
    <Menu
      trigger={
        <>
          {label}: <strong>{chosen ? chosen.label : emptyText}</strong> <span aria-hidden="true" className="chevron">▾</span>
        </>
      }
      triggerClassName={`button button--filter${chosen ? ' is-active' : ''}`}
      entries={entries}
    />
  );
}
