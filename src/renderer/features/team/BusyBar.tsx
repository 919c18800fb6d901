/** An indeterminate progress bar with what is going on, for uploads the core takes seconds over. */
export function BusyBar({ text, testId }: { text: string; testId: string }) {
  return (
    <div className="team-busy" role="status" data-testid={testId}>
      <progress aria-label={text} />
      <span>{text}</span>
    </div>
  );
}
