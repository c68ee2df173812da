import type { ChangeEvent, KeyboardEvent, Ref, TextareaHTMLAttributes } from 'react';

/**
 * A text field that grows with what is typed (CSS `field-sizing: content`, in theme.css), so long
 * names, relations, facts and ideas are read whole instead of cut off. `singleLine` keeps the value on
 * one line for fields whose schema wants one line: Enter does not add a break and pasted breaks become
 * spaces, while the text still wraps on screen.
 */
export function GrowText({ singleLine, onChange, onKeyDown, className, ref, ...rest }: TextareaHTMLAttributes<HTMLTextAreaElement> & { singleLine?: boolean; ref?: Ref<HTMLTextAreaElement> }) {
  return (
    <textarea
      rows={1}
      {...rest}
      ref={ref}
      className={className ? `grow-text ${className}` : 'grow-text'}
      onKeyDown={(e: KeyboardEvent<HTMLTextAreaElement>) => {
        if (singleLine && e.key === 'Enter' && !e.altKey) e.preventDefault();
        onKeyDown?.(e);
      }}
      onChange={(e: ChangeEvent<HTMLTextAreaElement>) => {
        if (singleLine && /[\r\n]/.test(e.target.value)) e.target.value = e.target.value.replace(/\s*[\r\n]+\s*/g, ' ');
        onChange?.(e);
      }}
    />
  );
}
