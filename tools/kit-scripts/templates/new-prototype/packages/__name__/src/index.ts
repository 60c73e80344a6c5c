/** @quartiers-douai/__name__ — pure exports (no side effects). Import './define' to register <qd-__element__>. */
export { Qd__Name__, type __Name__CompleteDetail } from './__name__/__name__.js';
export { __camel__Messages, type __Name__Key } from './messages.js';
export * from './schema.js';
export { __camel__Texts } from './texts.lazy.js';
