/**
 * The AR session's chunk, loaded only when the customer asks to view a product in their room.
 * It lives outside the 2D pages so they never name the XR code themselves (the lint rule holds that).
 */
export const loadArExperience = () => import('../xr/ar/ArExperience');
