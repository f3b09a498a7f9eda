import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { XRStore } from '@react-three/xr';

/** Whether "Enter VR" can work here: a headset browser, or the emulator on localhost. */
export function useVrAvailable(xr: XRStore): boolean {
  const emulated = useStore(xr, (s) => !!s.emulator);
  const [native, setNative] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the emulator arriving is a trigger: ask the browser again once it has installed itself.
  useEffect(() => {
    let alive = true;
    void navigator.xr
      ?.isSessionSupported('immersive-vr')
      .then((ok) => alive && setNative(ok))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [emulated]);
  return native || emulated;
}
