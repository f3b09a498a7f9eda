import type { storeAppFr } from './store-app.fr';

/** English messages of the timeline, channels, order states and app (keys from the French file). */
export const storeAppEn: Record<keyof typeof storeAppFr, string> = {
  'channel.web': 'Website',
  'channel.app': 'App',
  'channel.ar': 'Augmented reality',
  'channel.vr': 'Virtual store',
  'channel.store': 'In store',
  'channel.advisor': 'Advisor',
  'channelShort.web': 'Web',
  'channelShort.app': 'App',
  'channelShort.vr': 'VR',
  'channelShort.ar': 'AR',
  'channelShort.store': 'Store',
  'channelShort.advisor': 'Advisor',
  'status.placed': 'Order received',
  'status.ready_for_pickup': 'Ready for pickup',
  'status.picked_up': 'Collected',
  'status.shipped': 'Shipped',
  'status.cancelled': 'Cancelled',
  'advisor.demo': 'Demo: ines@vitrine.demo or theo@vitrine.demo, password "vitrine".',
  'pwa.offline': 'Offline: the catalogue and your last cart stay available.',
  'pwa.queued_one': '{n} cart change will be sent when the network is back.',
  'pwa.queued_other': '{n} cart changes will be sent when the network is back.',
  'pwa.syncing': 'Sending your changes…',
  'pwa.dropped': 'A change could not be applied (item unavailable) and was dropped.',
};
