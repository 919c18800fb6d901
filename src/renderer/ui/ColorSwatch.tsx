/** A small square in a code's colour. */
export function ColorSwatch({ color, label }: { color: string; label?: string }) {
  return (
    <span
      className="swatch"
      style={{
        display: 'inline-block',
        width: '0.8em',
        height: '0.8em',
        borderRadius: 2,
        background: color,
        flex: 'none',
      }}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    />
  );
}
