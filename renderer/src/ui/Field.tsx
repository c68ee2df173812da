import { useId, type ReactNode } from 'react';

export interface FieldControlProps {
  id: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/** A labelled control with its error message under it, linked for screen readers. */
export function Field({ label, error, grow, narrow, children }: { label: string; error?: string; grow?: boolean; narrow?: boolean; children: (p: FieldControlProps) => ReactNode }) {
  const id = useId();
  return (
    <div className={`field${grow ? ' field-grow' : ''}${narrow ? ' field-narrow' : ''}${error ? ' field-invalid' : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-err` : undefined })}
      {error && (
        <span className="field-error" id={`${id}-err`}>
          {error}
        </span>
      )}
    </div>
  );
}
