// Zod-free, so the till's code reader can use it without loading zod (api-schemas.ts re-exports these).

/** Short codes are read aloud and typed at a till: no 0/O or 1/I to confuse. */
export const HANDOFF_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const HANDOFF_CODE_LENGTH = 6;
