// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import i18n from '../i18n';
import { FilePicker } from './FilePicker';

afterEach(cleanup);

const choose = (input: HTMLElement, file: File) => fireEvent.change(input, { target: { files: [file] } });

describe('the file choice speaks the UI language (issue 15)', () => {
  it('shows our own button and "no file chosen" in Dutch, and the chosen name after choosing', () => {
    const onFile = vi.fn();
    render(<FilePicker label="Exportbestand" accept=".json" onFile={onFile} />);
    const input = screen.getByLabelText('Exportbestand');
    // The browser's own control (which says "Choose File" in the system's language) is hidden; ours speaks Dutch.
    expect(input.getAttribute('type')).toBe('file');
    expect(input.className).toContain('visually-hidden');
    expect(input.tabIndex).toBe(-1);
    const button = screen.getByRole('button', { name: 'Kies een bestand…' });
    expect(screen.getByText('Nog geen bestand gekozen')).toBeTruthy();
    // The button is the keyboard's control and carries what the file is and which one is chosen.
    const described = (button.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['Exportbestand', 'Nog geen bestand gekozen']);

    const click = vi.spyOn(input, 'click');
    fireEvent.click(button);
    expect(click).toHaveBeenCalled();

    const file = new File(['{}'], 'leertafel-export.json', { type: 'application/json' });
    choose(input, file);
    expect(onFile).toHaveBeenCalledWith(file);
    expect(screen.getByText('leertafel-export.json')).toBeTruthy();
    expect(screen.queryByText('Nog geen bestand gekozen')).toBeNull();
  });

  it('speaks English in English', async () => {
    await i18n.changeLanguage('en');
    try {
      render(<FilePicker label="Export file" onFile={() => {}} />);
      expect(screen.getByRole('button', { name: 'Choose a file…' })).toBeTruthy();
      expect(screen.getByText('No file chosen yet')).toBeTruthy();
    } finally {
      await i18n.changeLanguage('nl');
    }
  });
});
