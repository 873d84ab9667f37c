// Small inline icons (no external assets). Decorative: the buttons carry text or labels.
import type { JSX } from 'preact';

function Icon(props: { children: JSX.Element | JSX.Element[]; class?: string }) {
  return (
    <svg
      class={props.class ?? 'kt-icon'}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="1.6"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {props.children}
    </svg>
  );
}

export const ChevronDown = () => (
  <Icon>
    <path d="M4 6l4 4 4-4" />
  </Icon>
);

export const ChevronUp = () => (
  <Icon>
    <path d="M4 10l4-4 4 4" />
  </Icon>
);

export const Power = () => (
  <Icon>
    <path d="M8 2.5v5" />
    <path d="M4.6 4.6a4.8 4.8 0 1 0 6.8 0" />
  </Icon>
);

export const Lock = () => (
  <Icon>
    <rect x="3.5" y="7" width="9" height="6.5" rx="1.5" />
    <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
  </Icon>
);

export const Check = () => (
  <Icon class="kt-icon kt-icon-small">
    <path d="M4 8.5l2.5 2.5L12 5.5" />
  </Icon>
);

export const Locate = () => (
  <Icon class="kt-icon kt-icon-small">
    <path d="M2.5 8h3M10.5 8h3M8 2.5v3M8 10.5v3" />
    <circle cx="8" cy="8" r="2" />
  </Icon>
);

export const Logo = () => (
  <svg class="kt-logo" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
    <rect width="24" height="24" rx="7" fill="currentColor" />
    <path
      d="M8 6.5v11M8 12.5l6-6M10.3 10.4l4.2 7.1"
      stroke="var(--kt-on-accent)"
      stroke-width="2.2"
      stroke-linecap="round"
      fill="none"
    />
  </svg>
);

/** Where the panel sits: a window with a column at its side. */
export const Layout = () => (
  <Icon>
    <rect x="2" y="3" width="12" height="10" rx="1.8" />
    <path d="M10 3v10" />
  </Icon>
);

export const Close = () => (
  <Icon>
    <path d="M4.5 4.5l7 7M11.5 4.5l-7 7" />
  </Icon>
);
