import { channelStore } from '../../stores/channel-store';
import { storeNavStore } from '../navigation/store-nav-store';
import type { StoreWorld } from '../store-world';
import type { PanelAction } from './product-panel-layout';
import { productPanelStore } from './product-panel-store';

/**
 * Does what a panel control says, from a click, a controller trigger or a key: the same
 * command whatever the input. Adding to the cart is tagged `vr` in a headset, else the app's
 * channel (`web` in a browser tab).
 *
 * @example runPanelAction({ type: 'add' }, world)
 */
export function runPanelAction(a: PanelAction, world: StoreWorld): void {
  const panel = productPanelStore.getState();
  const nav = storeNavStore.getState();
  switch (a.type) {
    case 'close':
      nav.release();
      nav.select(-1);
      return;
    case 'variant': {
      const v = panel.product?.variants[Number(a.id)];
      if (v) panel.setVariant(v.id);
      return;
    }
    case 'fulfil':
      panel.setFulfilment(a.id);
      return;
    case 'add':
      void panel.add(nav.inXR ? 'vr' : channelStore.getState().channel);
      return;
    case 'ar':
      void panel.showQr();
      return;
    case 'back':
      panel.back();
      return;
    case 'hold':
      if (nav.held) nav.release();
      else if (nav.selected >= 0 && nav.selected < world.items.length) nav.hold(nav.selected, nav.inXR ? 'right' : 'desktop');
      return;
  }
}
