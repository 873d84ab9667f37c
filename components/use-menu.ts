// A header menu's behaviour, shared by the off menu and the placement menu: opens below its
// button (above it near the window's bottom, inside the window on either side), fixed so the
// panel's overflow does not clip it; arrow keys, Home and End move between the items; Escape
// closes it and returns the focus to the button; Tab or the focus leaving closes it.
import { useEffect, useRef, useState } from 'preact/hooks';

export interface Menu {
  open: boolean;
  setOpen(open: boolean): void;
  button: { current: HTMLButtonElement | null };
  menu: { current: HTMLDivElement | null };
  close(refocus: boolean): void;
  onMenuKey(event: KeyboardEvent): void;
  onFocusOut(event: FocusEvent & { currentTarget: HTMLElement }): void;
}

/** `initialItem` picks the item focused on opening (default: the first). */
export function useMenu(
  initialItem: (items: HTMLButtonElement[]) => HTMLButtonElement | undefined = (items) => items[0],
): Menu {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const items = () => [...(menu.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];

  useEffect(() => {
    if (!open || !menu.current || !button.current) return;
    const at = button.current.getBoundingClientRect();
    const view = button.current.ownerDocument.defaultView!;
    const style = menu.current.style;
    const { width, height } = menu.current.getBoundingClientRect();
    style.left = `${Math.max(4, Math.min(at.right - width, view.innerWidth - width - 4))}px`;
    if (at.bottom + 4 + height <= view.innerHeight) style.top = `${at.bottom + 4}px`;
    else style.bottom = `${view.innerHeight - at.top + 4}px`;
    initialItem(items())?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  return {
    open,
    setOpen,
    button,
    menu,
    close,
    onMenuKey(event) {
      const list = items();
      const at = list.indexOf(event.target as HTMLButtonElement);
      if (event.key === 'Escape') {
        // Handled here: a popover around the panel does not close as well.
        event.preventDefault();
        close(true);
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        list[(at + step + list.length) % list.length]?.focus();
      } else if (event.key === 'Home' || event.key === 'End') {
        event.preventDefault();
        list[event.key === 'Home' ? 0 : list.length - 1]?.focus();
      } else if (event.key === 'Tab') {
        close(false);
      }
    },
    onFocusOut(event) {
      const next = event.relatedTarget as Node | null;
      if (open && next && !event.currentTarget.contains(next)) setOpen(false);
    },
  };
}
