/** Line icons drawn in SVG (no icon font, no emoji: they render the same on every device and in tests). */
const PATHS = {
  cart: 'M3 4h2l2.2 10.2a1 1 0 0 0 1 .8h8.6a1 1 0 0 0 1-.8L20 7H6.2M9 19.5a1 1 0 1 0 0 .01M17 19.5a1 1 0 1 0 0 .01',
  order: 'M5 8h14l-1 12H6L5 8zM9 8V6a3 3 0 0 1 6 0v2',
  ready: 'M4 9l8-5 8 5v10H4V9zM9 19v-6h6v6',
  done: 'M5 12.5l4.5 4.5L19 7.5',
  cancel: 'M6 6l12 12M18 6L6 18',
  store: 'M4 10v10h16V10M3 10l2-6h14l2 6H3zM10 20v-5h4v5',
  eye: 'M2 12s3.5-6.5 10-6.5S22 12 22 12s-3.5 6.5-10 6.5S2 12 2 12zM12 9.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5',
  ar: 'M12 3l8 4.5v9L12 21l-8-4.5v-9L12 3zM12 12l8-4.5M12 12v9M12 12L4 7.5',
  help: 'M4 5h16v11H9l-5 4V5zM9 9.5a3 3 0 1 1 4 2.8c-.6.3-1 .8-1 1.4M12 15.5v.01',
  user: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 20c1.5-3.5 4.5-5 8-5s6.5 1.5 8 5',
  card: 'M3 6h18v12H3V6zM3 10h18M7 15h4',
  calendar: 'M4 6h16v14H4V6zM4 10h16M8 3v5M16 3v5',
  calendarOff: 'M4 6h16v14H4V6zM4 10h16M8 3v5M16 3v5M10 13l4 4M14 13l-4 4',
  requeue: 'M9 14L4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11',
  summary: 'M6 3h12v18H6V3zM9 8h6M9 12h6M9 16h3',
  room: 'M3 20V9l9-5 9 5v11M8 20v-6h8v6',
  code: 'M4 4h6v6H4V4zM14 4h6v6h-6V4zM4 14h6v6H4v-6zM14 14h2v2h-2zM18 18h2v2h-2zM14 18h2',
  merge: 'M6 4v6a4 4 0 0 0 4 4h8M14 10l4 4-4 4M6 20v-4',
  warn: 'M12 4l9 16H3L12 4zM12 10v4M12 17v.01',
  dot: 'M12 11a1 1 0 1 0 0 2 1 1 0 0 0 0-2',
  web: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9S9.5 5.5 12 3',
  app: 'M7 3h10v18H7V3zM11 18h2',
  vr: 'M3 8h18v8h-6l-2-3h-2l-2 3H3V8z',
  advisor: 'M12 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM5 20c1-3.5 3.8-5 7-5s6 1.5 7 5M17 4.5l2-1.5',
} as const;

export type IconName = keyof typeof PATHS;

/** @example <Icon name="cart" /> */
export function Icon({ name, size = 18, label }: { name: IconName; size?: number; label?: string }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
