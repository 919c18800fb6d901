import { useEffect, useRef } from 'react';

/** Scrolls a report into view when it appears or changes, so an upload's result is not below the fold. */
export function useRevealWhen<T extends HTMLElement>(value: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [value]);
  return ref;
}
