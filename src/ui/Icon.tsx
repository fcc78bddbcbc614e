const paths = {
  settings: 'M4 7h10M18 7h2M4 17h4M12 17h8M16 5v4M10 15v4',
  close: 'M6 6l12 12M18 6L6 18',
  arrow: 'M5 12h13M13 6l6 6-6 6',
  back: 'M19 12H6M11 6l-6 6 6 6',
  book: 'M4 5.5C4 4.7 4.7 4 5.5 4H11v16H5.5c-.8 0-1.5-.7-1.5-1.5zM20 5.5c0-.8-.7-1.5-1.5-1.5H13v16h5.5c.8 0 1.5-.7 1.5-1.5z',
  phone:
    'M7 3h3l1.5 4.5-2 1.5a11 11 0 0 0 5.5 5.5l1.5-2L21 14v3a2 2 0 0 1-2 2A16 16 0 0 1 5 5a2 2 0 0 1 2-2z',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  turnLeft: 'M9 5L4 10l5 5M4 10h10a6 6 0 0 1 0 12h-2',
  turnRight: 'M15 5l5 5-5 5M20 10H10a6 6 0 0 0 0 12h2',
  plus: 'M12 5v14M5 12h14',
  minus: 'M5 12h14',
  reset: 'M4 12a8 8 0 1 0 2.3-5.6M4 4v4h4',
  body: 'M12 3.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zM7 21l1.5-8L6 10.5 8 9h8l2 1.5-2.5 2.5L17 21M12 9v5',
  spine: 'M12 3v2M12 7.5v2M12 12v2M12 16.5v2M9.5 4h5M9 8.5h6M9 13h6M9.5 17.5h5',
  play: 'M8 5.5v13l10.5-6.5z',
  pause: 'M8.5 5.5v13M15.5 5.5v13',
  rewind: 'M11.5 7l-5 5 5 5M18 7l-5 5 5 5',
  forward: 'M12.5 7l5 5-5 5M6 7l5 5-5 5',
  sound: 'M4 10v4h3.5l4.5 4V6l-4.5 4zM15.5 9.5a3.5 3.5 0 0 1 0 5M18 7a7 7 0 0 1 0 10',
  list: 'M9 7h11M9 12h11M9 17h11M4.5 7h.01M4.5 12h.01M4.5 17h.01',
  hand: 'M8 13V6.5a1.5 1.5 0 0 1 3 0V12M11 11V5a1.5 1.5 0 0 1 3 0v6M14 11V6.5a1.5 1.5 0 0 1 3 0V14a6 6 0 0 1-6 6h-1a5 5 0 0 1-4.2-2.3L4.3 14a1.5 1.5 0 0 1 2.4-1.8L8 14',
  stop: 'M7 7h10v10H7z',
  previous: 'M17 6l-8 6 8 6zM6.5 6v12',
  next: 'M7 6l8 6-8 6zM17.5 6v12',
} as const

export type IconName = keyof typeof paths

/** A line icon. Decorative: the control that holds it carries the accessible name. */
export function Icon({ name }: { readonly name: IconName }) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
    </svg>
  )
}
