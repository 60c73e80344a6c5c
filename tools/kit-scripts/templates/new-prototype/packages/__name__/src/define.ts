/** Registers <qd-__element__> (safe to load twice). */
import { defineElement } from '@quartiers-douai/core';
import { Qd__Name__ } from './__name__/__name__.js';

defineElement('qd-__element__', Qd__Name__);

declare global {
  interface HTMLElementTagNameMap {
    'qd-__element__': Qd__Name__;
  }
}

export { Qd__Name__ };
