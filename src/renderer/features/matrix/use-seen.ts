import { useEffect, useState, type RefObject } from 'react';

/**
 * True once the element has come within `marginPx` of the scroll container's visible area
 * (and stays true), so a big matrix renders its rows as they are scrolled to. With
 * `enabled` false (small matrices) everything renders at once.
 */
export function useSeen(
  ref: RefObject<Element | null>,
  root: Element | null,
  enabled: boolean,
  marginPx = 800,
): boolean {
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!enabled || seen || !element || !root) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setSeen(true);
          observer.disconnect();
        }
      },
      { root, rootMargin: `${marginPx}px 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, root, enabled, seen, marginPx]);
  return seen || !enabled;
}
