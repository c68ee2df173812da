/**
 * Why an action cannot be used now, in words on screen beside it (and read out with the button via
 * aria-describedby, and as its tooltip). Every disabled action that is not merely busy says why.
 */
export function whyProps(id: string, reason: string | null): { title?: string; 'aria-describedby'?: string } {
  return reason ? { title: reason, 'aria-describedby': id } : {};
}

export function DisabledReason({ id, reason }: { id: string; reason: string | null }) {
  if (!reason) return null;
  return (
    <span id={id} className="why-disabled">
      {reason}
    </span>
  );
}
