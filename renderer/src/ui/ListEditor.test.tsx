// @vitest-environment jsdom
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Link } from 'react-router';
import '../i18n';
import { TextListEditor } from './ListEditor';
import { PendingInputsProvider, usePendingInputs } from './pendingInputs';
import { renderInApp } from '../test/render';

afterEach(cleanup);

/**
 * The list's owner keeps its items outside React, as the console's session does (useSession keeps the
 * latest canvas in a ref): what a list commits while it is being taken away still arrives.
 */
function store(initial: string[] = []) {
  const s = { items: initial };
  return { s, update: (f: (xs: string[]) => string[]) => void (s.items = f(s.items)) };
}

function Krachten({ st }: { st: ReturnType<typeof store> }) {
  const [items, setItems] = useState(st.s.items);
  return (
    <TextListEditor
      label="Krachten"
      items={items}
      maxLength={500}
      onChange={(f) => {
        st.update(f);
        setItems(st.s.items);
      }}
    />
  );
}

const draft = () => screen.getByLabelText('Krachten: nieuw punt');

describe('the list editor keeps text typed but not confirmed with Enter', () => {
  it('adds it on Enter, and on blur', () => {
    const st = store();
    render(<Krachten st={st} />);
    fireEvent.change(draft(), { target: { value: 'Moeder zoekt zelf hulp' } });
    fireEvent.keyDown(draft(), { key: 'Enter' });
    fireEvent.change(draft(), { target: { value: 'oma is betrokken' } });
    fireEvent.blur(draft());
    expect(st.s.items).toEqual(['Moeder zoekt zelf hulp', 'oma is betrokken']);
    expect(screen.getByLabelText('Krachten 2')).toHaveProperty('value', 'oma is betrokken');
    expect(draft()).toHaveProperty('value', '');
  });

  it('adds it when the console moves to another block (commitAll, the field still focused)', () => {
    const st = store();
    let pending: ReturnType<typeof usePendingInputs> = null;
    function Venster() {
      pending = usePendingInputs();
      return <Krachten st={st} />;
    }
    render(
      <PendingInputsProvider>
        <Venster />
      </PendingInputsProvider>,
    );
    draft().focus();
    fireEvent.change(draft(), { target: { value: 'oma is betrokken' } });
    act(() => pending!.commitAll());
    expect(st.s.items).toEqual(['oma is betrokken']);
  });

  it('adds it when the list goes away without a blur (Volgende → Vorige: the venster is unmounted)', () => {
    const st = store();
    function Console() {
      const [block, setBlock] = useState(2);
      return (
        <>
          <button onClick={() => setBlock((b) => b + 1)}>Volgende</button>
          <button onClick={() => setBlock((b) => b - 1)}>Vorige</button>
          {block === 2 ? <Krachten st={st} /> : <p>Weging</p>}
        </>
      );
    }
    render(<Console />);
    fireEvent.change(draft(), { target: { value: 'oma is betrokken' } });
    // A click moves focus in a browser; here the block changes without any blur.
    act(() => screen.getByText('Volgende').dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(screen.queryByLabelText('Krachten: nieuw punt')).toBeNull();
    act(() => screen.getByText('Vorige').dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(st.s.items).toEqual(['oma is betrokken']);
    expect(screen.getByLabelText('Krachten 1')).toHaveProperty('value', 'oma is betrokken');
  });

  it('adds it before a route change takes the screen away', async () => {
    const st = store();
    const { router } = renderInApp(
      <>
        <Krachten st={st} />
        <Link to="/elders">Elders</Link>
      </>,
      { routes: [{ path: '/elders', element: <p>Elders</p> }] },
    );
    fireEvent.change(await screen.findByLabelText('Krachten: nieuw punt'), { target: { value: 'oma is betrokken' } });
    await act(() => router.navigate('/elders'));
    expect(router.state.location.pathname).toBe('/elders');
    expect(st.s.items).toEqual(['oma is betrokken']);
  });
});
