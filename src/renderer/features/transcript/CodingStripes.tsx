/**
 * NVivo-style coding stripes: one coloured bar per code beside the lines it covers.
 * Hovering a bar lights up its passage; clicking lists its codings. The bars are a visual
 * aid for the mouse; the same codings are reachable from the keyboard with Enter on the text.
 */
import { memo, useMemo } from 'react';
import { useT } from '../../i18n/i18n';
import { useTranscriptStore } from '../../stores/transcript-store';
import { useLayoutStore } from './layout-store';
import type { Stripe } from './lanes';
import type { Anchor } from './placement';

const LANE_WIDTH = 7;

function stripeSpans(stripe: Stripe) {
  const ids = new Set(stripe.codingIds);
  return useTranscriptStore
    .getState()
    .codings.filter((c) => ids.has(c.id))
    .map((c) => ({ start: c.startUtf16, end: c.endUtf16 }));
}

export const CodingStripes = memo(function CodingStripes({
  onOpen,
}: {
  onOpen: (codingIds: readonly string[], at: Anchor) => void;
}) {
  const t = useT();
  const stripes = useLayoutStore((s) => s.stripes);
  const lanes = useLayoutStore((s) => s.lanes);
  const codings = useTranscriptStore((s) => s.codings);
  const setActive = useTranscriptStore((s) => s.setActive);
  // One lookup table per codings change: a find per stripe made each repaint O(stripes × codings).
  const pathById = useMemo(
    () => new Map(codings.map((c) => [c.id, c.codePath.join(' / ')])),
    [codings],
  );
  const pathOf = (stripe: Stripe) => pathById.get(stripe.codingIds[0]!) ?? '';
  return (
    <div
      className="transcript-stripes"
      style={{ width: Math.max(1, lanes) * LANE_WIDTH + 8 }}
      aria-label={t('transcript.stripes')}
      data-testid="coding-stripes"
    >
      {stripes.map((stripe) => (
        <StripeItem
          key={`${stripe.codeId}:${stripe.top}`}
          stripe={stripe}
          title={t('transcript.stripe.title', { code: pathOf(stripe) })}
          setActive={setActive}
          onOpen={onOpen}
        />
      ))}
    </div>
  );
});

interface StripeItemProps {
  stripe: Stripe;
  title: string;
  setActive: (spans: ReturnType<typeof stripeSpans>) => void;
  onOpen: (codingIds: readonly string[], at: Anchor) => void;
}

const sameStripe = (a: Stripe, b: Stripe): boolean =>
  a.top === b.top &&
  a.bottom === b.bottom &&
  a.lane === b.lane &&
  a.color === b.color &&
  a.codeId === b.codeId &&
  a.codingIds.join() === b.codingIds.join();

/** One stripe; re-rendered only when it changes, so applying a code redraws one, not thousands. */
const StripeItem = memo(
  function StripeItem({ stripe, title, setActive, onOpen }: StripeItemProps) {
    return (
      <div
        className="transcript-stripe"
        data-testid="coding-stripe"
        title={title}
        style={{
          top: stripe.top,
          height: Math.max(4, stripe.bottom - stripe.top),
          left: 4 + stripe.lane * LANE_WIDTH,
          background: stripe.color,
        }}
        onMouseEnter={() => setActive(stripeSpans(stripe))}
        onMouseLeave={() => setActive([])}
        onClick={(e) =>
          onOpen(stripe.codingIds, { top: e.clientY, bottom: e.clientY, left: e.clientX - 380 })
        }
      />
    );
  },
  (a, b) =>
    a.title === b.title &&
    a.setActive === b.setActive &&
    a.onOpen === b.onOpen &&
    sameStripe(a.stripe, b.stripe),
);
