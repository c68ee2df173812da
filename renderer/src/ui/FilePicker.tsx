import { forwardRef, useId, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface FilePickerHandle {
  /** Forgets the chosen file (the same file can be chosen again). */
  reset: () => void;
}

export interface FilePickerProps {
  /** What the file is ("Exportbestand"): the label of the file input, and the description of the button. */
  label: string;
  /** The label stays for screen readers only, where the button says enough on screen. */
  hideLabel?: boolean;
  /** The button's text; default "Kies een bestand…" / "Choose a file…". */
  buttonLabel?: string;
  buttonClassName?: string;
  accept?: string;
  /** Called with the chosen file (null when the choice was cancelled or reset). */
  onFile: (file: File | null) => void;
  /** Shows the chosen file's name beside the button (default); off where choosing starts the work at once. */
  showName?: boolean;
  title?: string;
  'data-testid'?: string;
}

/**
 * A file choice in the UI language. The browser's own <input type=file> says "Choose File" / "No file
 * chosen" in the system's language whatever Leertafel speaks; here the input stays (for the label and for
 * tests that set files on it) but is visually hidden, and a button of ours opens it and the chosen
 * file's name stands beside it. Keyboard: the button is the control; Enter or Space opens the dialog.
 */
export const FilePicker = forwardRef<FilePickerHandle, FilePickerProps>(function FilePicker(
  { label, hideLabel, buttonLabel, buttonClassName = 'btn', accept, onFile, showName = true, title, 'data-testid': testId },
  ref,
) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState<string | null>(null);
  useImperativeHandle(ref, () => ({
    reset: () => setName(null),
  }));
  return (
    <div className="file-picker">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'} id={`${id}-label`}>
        {label}
      </label>
      <input
        ref={input}
        id={id}
        type="file"
        accept={accept}
        className="visually-hidden"
        tabIndex={-1}
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0] ?? null;
          setName(file?.name ?? null);
          onFile(file);
          // The same file can be chosen again (after correcting it on disk); its name stays shown.
          e.target.value = '';
        }}
      />
      <span className="file-picker-row">
        <button type="button" className={buttonClassName} title={title} aria-describedby={`${id}-label${showName ? ` ${id}-name` : ''}`} onClick={() => input.current?.click()}>
          {buttonLabel ?? t('files.choose')}
        </button>
        {showName && (
          <span id={`${id}-name`} className={name ? 'file-picker-name' : 'file-picker-name muted'}>
            {name ?? t('files.none')}
          </span>
        )}
      </span>
    </div>
  );
});
