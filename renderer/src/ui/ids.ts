/** A v4 UUID from the Web Crypto API (available in Electron's renderer and every current browser). */
export const randomId = (): string => crypto.randomUUID();
