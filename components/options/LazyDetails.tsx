import { type ReactNode, useState } from 'react';

/**
 * A <details> whose content is drawn the first time it opens, and kept from then on. The settings page lists
 * every rule of every pack: drawn up front, those lists were most of the page's first render (#15).
 */
export function LazyDetails(props: { className?: string; summary: ReactNode; children: () => ReactNode }) {
  const [shown, setShown] = useState(false);
  return (
    <details
      className={props.className}
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open) setShown(true);
      }}
    >
      {props.summary}
      {shown && props.children()}
    </details>
  );
}
