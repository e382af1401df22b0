import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useRef } from 'react';
import { MENU_LAYER_ID, type MenuEntry, type MenuProps } from './types';

function menuLayer(): HTMLElement | undefined {
  return document.getElementById(MENU_LAYER_ID) ?? undefined;
}

function Entry({ entry, onChosen }: { entry: MenuEntry; onChosen: () => void }) {
  switch (entry.kind) {
    case 'label':
      return <DropdownMenu.Label className={entry.small ? 'menu__group-label' : 'menu__label'}>{entry.text}</DropdownMenu.Label>;
    case 'separator':
      return <DropdownMenu.Separator className="menu__separator" />;
    case 'checkbox':
      return (
        <DropdownMenu.CheckboxItem
          className="menu__item menu__item--checkbox"
          checked={entry.checked}
          // Keep the menu open so several values can be toggled in a row.
          onSelect={(event) => event.preventDefault()}
          onCheckedChange={(checked) => entry.onCheckedChange(checked === true)}
        >
          <span className="menu__check" aria-hidden="true">
            {entry.checked ? '✓' : ''}
          </span>
          {entry.label}
        </DropdownMenu.CheckboxItem>
      );
    case 'radio-group':
      return (
        <DropdownMenu.RadioGroup value={entry.value} onValueChange={entry.onValueChange}>
          {entry.options.map((option) => (
            <DropdownMenu.RadioItem key={option.value} value={option.value} className="menu__item menu__item--checkbox" onSelect={onChosen}>
              <span className="menu__check" aria-hidden="true">
                {option.value === entry.value ? '✓' : ''}
              </span>
              {option.label}
            </DropdownMenu.RadioItem>
          ))}
        </DropdownMenu.RadioGroup>
      );
    case 'item':
      return (
        <DropdownMenu.Item
          className={`menu__item${entry.detail ? ' menu__item--detailed' : ''}`}
          disabled={entry.disabled}
          onSelect={() => {
            onChosen();
            entry.onSelect();
          }}
        >
          <span className="menu__item-main">
            {entry.label}
            {entry.end ? <span className="menu__end">{entry.end}</span> : null}
          </span>
          {entry.detail ? <span className="menu__reason">{entry.detail}</span> : null}
        </DropdownMenu.Item>
      );
  }
}

/** The accessible menu itself (Radix): focus, roving keyboard navigation, typeahead, dismissal. */
export default function MenuImpl({
  trigger,
  triggerClassName,
  triggerLabel,
  triggerShortcut,
  entries,
  align = 'start',
  open,
  onOpenChange,
  releaseFocusOnSelect = false,
  returnFocusTo,
}: MenuProps) {
  const chosen = useRef(false);
  return (
    // Non-modal: a modal menu hides the rest of the page with aria-hidden while it stays focusable.
    <DropdownMenu.Root open={open} onOpenChange={onOpenChange} modal={false}>
      <DropdownMenu.Trigger className={triggerClassName} aria-label={triggerLabel} aria-keyshortcuts={triggerShortcut}>
        {trigger}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal container={menuLayer()}>
        <DropdownMenu.Content
          className="menu"
          align={align}
          sideOffset={4}
          collisionPadding={8}
          onCloseAutoFocus={(event) => {
            if (releaseFocusOnSelect && chosen.current) event.preventDefault();
            else if (returnFocusTo?.current?.isConnected) {
              event.preventDefault();
              returnFocusTo.current.focus();
            }
            chosen.current = false;
          }}
        >
          {entries.map((entry) => (
            <Entry key={entry.key} entry={entry} onChosen={() => (chosen.current = true)} />
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
