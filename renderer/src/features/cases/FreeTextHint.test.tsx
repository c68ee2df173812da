// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { testLexiconSources } from '../../../../shared/anonymiser/testing/lexicons';
import { renderInApp } from '../../test/render';
import { fakeBackend } from '../../test/fakeBackend';
import { FreeTextHint } from './FreeTextHint';

afterEach(cleanup);

const lexicons = testLexiconSources();

function show(text: string, allowed?: string[]) {
  fakeBackend({ 'anonymiser.lexicons': () => lexicons });
  renderInApp(<FreeTextHint text={text} allowed={allowed} />);
}

describe('the hint under free text that is not case material', () => {
  it('says a phone number will be refused', async () => {
    show('Vragen? Bel 06-12345678.');
    expect(await screen.findByText(/Hier hoort geen telefoonnummer \(“06-12345678”\)/, undefined, { timeout: 10_000 })).toBeTruthy();
  });

  it('flags a name for review, but not the members who are named on purpose', async () => {
    show('Anna de Vries besprak het verhaal van Fatima Yilmaz.', ['Anna de Vries']);
    const hint = await screen.findByText(/Bevat mogelijk een naam of adres: Fatima Yilmaz\./, undefined, { timeout: 10_000 });
    expect(hint.closest('p')!.className).toContain('field-hint');
    expect(hint.closest('p')!.textContent).not.toContain('Anna');
  });

  it('stays silent on ordinary text (checked once the detector has loaded)', async () => {
    fakeBackend({ 'anonymiser.lexicons': () => lexicons });
    renderInApp(
      <>
        <div data-testid="plain"><FreeTextHint text="Ik vroeg te weinig door in de feitenfase; volgende keer vat ik eerst samen." /></div>
        <div data-testid="named"><FreeTextHint text="Gesprek over Fatima Yilmaz." /></div>
      </>,
    );
    await screen.findByText(/Fatima Yilmaz/, undefined, { timeout: 10_000 });
    expect(screen.getByTestId('plain').textContent).toBe('');
  });
});
