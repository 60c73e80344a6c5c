/** Attribute present → true, `="false"` → false, absent → undefined (the element's own default). */
export const optionalBoolean = {
  fromAttribute: (v: string | null): boolean | undefined =>
    v === null ? undefined : v !== 'false',
  toAttribute: (v: boolean | undefined): string | null =>
    v === undefined ? null : v ? '' : 'false',
};

/** A message of the element's status region. */
export type Notice = { kind: 'info' | 'error'; text: string };
