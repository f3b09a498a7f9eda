import helmet from 'helmet';

/**
 * Strict defaults with the exceptions a 3D store needs: WebAssembly for mesh decoding, blob and
 * data URLs for textures and QR codes, websockets for the rooms, the microphone for voice.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'", "'wasm-unsafe-eval'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'", 'ws:', 'wss:', 'data:', 'blob:'],
        'worker-src': ["'self'", 'blob:'],
        'media-src': ["'self'", 'blob:', 'mediastream:'],
        'font-src': ["'self'", 'data:'],
        'upgrade-insecure-requests': null,
      },
    },
    // Cross-origin isolation would block the QR camera and WebXR emulator assets for no gain here.
    crossOriginEmbedderPolicy: false,
  });
}
