/** Registers <qd-film-gallery> (safe to load twice). The jury and the vote have their own files. */
import { defineElement } from '@quartiers-douai/core';
import { QdFilmGallery } from './gallery/gallery.js';

defineElement('qd-film-gallery', QdFilmGallery);

declare global {
  interface HTMLElementTagNameMap {
    'qd-film-gallery': QdFilmGallery;
  }
}

export { QdFilmGallery };
