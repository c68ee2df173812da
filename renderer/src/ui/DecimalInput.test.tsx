// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { useState } from 'react';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import '../i18n';
import { DecimalInput } from './DateTimeInputs';

afterEach(cleanup);

function Hours() {
  const [value, setValue] = useState(0);
  return (
    <>
      <DecimalInput aria-label="Contacturen" value={value} onValue={setValue} />
      <output>{Number.isNaN(value) ? 'NaN' : String(value)}</output>
    </>
  );
}

describe('a decimal typed as the language writes it', () => {
  it('keeps "1," while it is being typed, and ends as 1.5 (it emptied itself at the comma)', () => {
    render(<Hours />);
    const field = screen.getByLabelText('Contacturen') as HTMLInputElement;
    for (const typed of ['1', '1,', '1,5']) {
      fireEvent.change(field, { target: { value: typed } });
      expect(field.value).toBe(typed);
    }
    expect(screen.getByRole('status').textContent).toBe('1.5');
  });

  it('keeps text that is no number, so the form can say what is wrong with it', () => {
    render(<Hours />);
    const field = screen.getByLabelText('Contacturen') as HTMLInputElement;
    fireEvent.change(field, { target: { value: 'twee' } });
    expect(field.value).toBe('twee');
    expect(screen.getByRole('status').textContent).toBe('NaN');
  });
});
