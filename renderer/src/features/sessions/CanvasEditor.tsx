import { Mensen } from './CanvasMensen';
import { Feiten } from './CanvasFeiten';
import { Weging } from './CanvasWeging';
import { Stappen } from './CanvasStappen';
import type { VensterProps } from './venster';

export { VENSTERS, type VensterSection } from './venster';

/** One venster of the Vier Vensters canvas, as the facilitator fills it during the bijeenkomst. */
export function CanvasEditor(props: VensterProps) {
  switch (props.section) {
    case 'mensen':
      return <Mensen {...props} />;
    case 'feiten':
      return <Feiten {...props} />;
    case 'weging':
      return <Weging {...props} />;
    case 'volgende-stappen':
      return <Stappen {...props} />;
  }
}
