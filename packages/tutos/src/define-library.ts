/** Registers <qd-tuto-library> alone (safe to load twice). */
export {};
