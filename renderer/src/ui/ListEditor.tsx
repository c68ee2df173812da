import { useCallback, useEffect, useRef, useState, type LiHTMLAttributes, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePendingInputs } from './pendingInputs';
import { GrowText } from './GrowText';

/**
 * The one editor for lists and tables in the app: canvas lists, the case roster and timeline, group
 * members, participant learnings, attendance, ideas, the script editor's blocks. It owns what every list needs — rows with stable
 * keys, a remove button with an accessible name, an add button, and an optional "new item" field whose
 * text is never lost: it is added to the list on Enter, on blur, before a route change or a block
 * change in the console (see pendingInputs.tsx), and when the field goes away.
 *
 * With `columns` the rows are a table (one cell per column); without, a list whose `item` renders a row.
 */
export interface ListColumn {
  header: ReactNode;
  /** The cell names its row (a member's name in the attendance table). */
  rowHeader?: boolean;
  /** The column's share of the table ('30%'), so a long word of one column is not broken to give room to a short one. */
  width?: string;
}

export interface ListEditorProps<Row> {
  /** The list's name: a legend, or the table's caption when no `labelledBy` is given. */
  label: string;
  /** The id of a heading outside that names the table. */
  labelledBy?: string;
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string | number;
  columns?: ListColumn[];
  /** Table cells of a row, one per column. */
  cells?: (row: Row, index: number) => ReactNode[];
  /** A list row; `remove` is its remove button, placed where the row wants it. */
  item?: (row: Row, index: number, remove: ReactNode) => ReactNode;
  rowClassName?: (row: Row, index: number) => string | undefined;
  /** More attributes of a list row (a data key, a key handler, a name). */
  rowProps?: (row: Row, index: number) => LiHTMLAttributes<HTMLLIElement> & Record<`data-${string}`, string>;
  /** A class for the list element itself (`<ol class>`). */
  listClassName?: string;
  /** Rows can be removed; the button's name says which. */
  onRemove?: (index: number) => void;
  removeLabel?: (row: Row, index: number) => string;
  /** An add button that appends an empty row. */
  add?: { label: string; onAdd: () => void };
  /** A field for a new one-line item, added on Enter, blur, navigation or unmount. */
  /** `compact`: the add button shows only "+" (named "Toevoegen" for screen readers), for narrow columns. */
  draft?: { label: string; placeholder?: string; maxLength?: number; compact?: boolean; onCommit: (text: string) => void };
  /** More buttons next to the add button. */
  actions?: ReactNode;
  ordered?: boolean;
  className?: string;
  /** Show the label as a legend around the list (default) or not at all (a heading outside names it). */
  legend?: boolean;
  empty?: ReactNode;
}

export function ListEditor<Row>(props: ListEditorProps<Row>) {
  const { t } = useTranslation();
  const { label, labelledBy, rows, rowKey, columns, cells, item, rowClassName, rowProps, listClassName, onRemove, removeLabel, add, draft, actions, ordered, className, legend = true, empty } = props;

  const removeButton = (row: Row, i: number) =>
    onRemove ? (
      <button type="button" className="btn-icon" aria-label={removeLabel?.(row, i) ?? `${t('editor.remove')}: ${label}, ${t('editor.row', { n: i + 1 })}`} onClick={() => onRemove(i)}>
        ×
      </button>
    ) : null;

  const footer = (add || actions || draft) && (
    <>
      {(add || actions) && (
        <div className="row-actions">
          {add && (
            <button type="button" className="btn btn-small" onClick={add.onAdd}>
              + {add.label}
            </button>
          )}
          {actions}
        </div>
      )}
      {draft && <DraftInput {...draft} />}
    </>
  );

  if (columns) {
    return (
      <div className={className ? `list-editor-table ${className}` : 'list-editor-table'}>
        <table className="table table-edit" aria-labelledby={labelledBy}>
          {!labelledBy && <caption className="visually-hidden">{label}</caption>}
          <thead>
            <tr>
              {columns.map((c, j) => (
                <th key={j} scope="col" style={c.width ? { width: c.width } : undefined}>
                  {c.header}
                </th>
              ))}
              {onRemove && (
                <th scope="col">
                  <span className="visually-hidden">{t('editor.remove')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={rowKey(row, i)} className={rowClassName?.(row, i)}>
                {(cells?.(row, i) ?? []).map((cell, j) =>
                  columns[j]?.rowHeader ? (
                    <th key={j} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={j}>{cell}</td>
                  ),
                )}
                {onRemove && <td>{removeButton(row, i)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && empty}
        {footer}
      </div>
    );
  }

  const List = ordered ? 'ol' : 'ul';
  const list = (
    <>
      <List className={listClassName}>
        {rows.map((row, i) => (
          <li key={rowKey(row, i)} className={rowClassName?.(row, i)} {...rowProps?.(row, i)}>
            {item?.(row, i, removeButton(row, i))}
          </li>
        ))}
      </List>
      {rows.length === 0 && empty}
      {footer}
    </>
  );
  return legend ? (
    <fieldset className={className ? `list-editor ${className}` : 'list-editor'}>
      <legend>{label}</legend>
      {list}
    </fieldset>
  ) : (
    <div className={className}>{list}</div>
  );
}

/** The "new item" field. Its text goes into the list, not away: see ListEditor. */
function DraftInput({ label, placeholder, maxLength, compact, onCommit }: NonNullable<ListEditorProps<unknown>['draft']>) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const latest = useRef({ text, onCommit });
  latest.current.onCommit = onCommit;
  const commit = useCallback(() => {
    const value = latest.current.text.trim();
    latest.current.text = '';
    setText('');
    if (value) latest.current.onCommit(value);
  }, []);
  const pending = usePendingInputs();
  const holdsText = text.trim() !== '';
  useEffect(() => (holdsText && pending ? pending.register(commit) : undefined), [holdsText, pending, commit]);
  // When the field goes away (another block, another screen), its text is added, not dropped.
  useEffect(() => commit, [commit]);
  return (
    <div className="list-add">
      <input
        aria-label={`${label}: ${t('sessions.addItem')}`}
        value={text}
        placeholder={placeholder}
        maxLength={maxLength}
        onChange={(e) => {
          latest.current.text = e.target.value;
          setText(e.target.value);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
      <button type="button" className={compact ? 'btn btn-small btn-add-compact' : 'btn btn-small'} aria-label={compact ? t('sessions.add') : undefined} title={compact ? t('sessions.add') : undefined} onClick={commit}>
        {compact ? '+' : t('sessions.add')}
      </button>
    </div>
  );
}

/**
 * A short list of one-line texts (krachten, zorgen, criteria …): edit in place, an emptied item goes on
 * blur, new items through the draft field. `check` may add a notice under an item (a name slipped in,
 * decision language).
 */
export function TextListEditor({
  label,
  items,
  onChange,
  maxLength,
  placeholder,
  check,
  wrap,
}: {
  label: string;
  items: readonly string[];
  /** Items wrap and grow with their text (narrow columns) instead of being cut off on one line. */
  wrap?: boolean;
  /** Gets a function of the latest items, so that several lists can commit in the same moment. */
  onChange: (update: (items: string[]) => string[]) => void;
  maxLength: number;
  placeholder?: string;
  check?: (item: string, index: number) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <ListEditor
      label={label}
      rows={items}
      rowKey={(_, i) => i}
      onRemove={(i) => onChange((xs) => xs.filter((_, j) => j !== i))}
      removeLabel={(item) => `${t('editor.remove')}: ${item}`}
      item={(value, i, remove) => (
        <>
          {wrap ? (
            <GrowText
              singleLine
              aria-label={`${label} ${i + 1}`}
              value={value}
              maxLength={maxLength}
              onChange={(e) => {
                const v = e.target.value;
                onChange((xs) => xs.map((x, j) => (j === i ? v : x)));
              }}
              onBlur={(e) => !e.target.value.trim() && onChange((xs) => xs.filter((_, j) => j !== i))}
            />
          ) : (
            <input
              aria-label={`${label} ${i + 1}`}
              value={value}
              maxLength={maxLength}
              onChange={(e) => {
                const v = e.target.value;
                onChange((xs) => xs.map((x, j) => (j === i ? v : x)));
              }}
              onBlur={(e) => !e.target.value.trim() && onChange((xs) => xs.filter((_, j) => j !== i))}
            />
          )}
          {remove}
          {check?.(value, i)}
        </>
      )}
      draft={{ label, placeholder, maxLength, compact: wrap, onCommit: (text) => onChange((xs) => [...xs, text]) }}
    />
  );
}
