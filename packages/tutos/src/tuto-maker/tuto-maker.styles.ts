import { css } from 'lit';

export const makerStyles = css`
  qd-tuto-about-editor,
  qd-tuto-step-editor,
  qd-tuto-maker-actions {
    display: block;
  }
  .qd-maker {
    padding: calc(var(--_space) * 2);
  }
  fieldset {
    margin: 0 0 calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  legend {
    font-weight: 700;
    font-size: 1.1em;
    padding: 0 var(--_space);
  }
  .qd-field {
    margin-block-end: calc(var(--_space) * 2);
  }
  .qd-field label,
  .qd-maker__label {
    display: block;
    font-weight: 600;
    margin: 0;
  }
  .qd-field__optional,
  .qd-field__hint,
  .qd-maker__save {
    font-weight: 400;
    color: var(--_muted);
  }
  .qd-field__hint,
  .qd-field__error {
    margin: 0;
    font-size: 0.9em;
  }
  .qd-field__error {
    color: var(--_danger);
    font-weight: 600;
  }
  .qd-field input,
  .qd-field textarea {
    display: block;
    width: 100%;
    max-width: 40rem;
    min-height: var(--_target);
    margin-block-start: calc(var(--_space) / 2);
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .qd-field [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .qd-maker__level label {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-height: var(--_target);
    margin-inline-end: calc(var(--_space) * 2);
  }
  .qd-maker__level input {
    width: 1.25rem;
    height: 1.25rem;
  }
  .qd-maker__steps {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .qd-maker__step {
    background: var(--_surface);
  }
  .qd-maker__media {
    margin-block-end: calc(var(--_space) * 2);
  }
  .qd-maker__media .qd-toolbar {
    margin-block: var(--_space);
  }
  .qd-maker__thumb {
    display: block;
    max-height: 10rem;
    width: auto;
    margin-block: var(--_space);
    border-radius: var(--_radius);
  }
  .qd-maker__media audio {
    display: block;
    width: 100%;
    max-width: 28rem;
  }
  .qd-maker__recording {
    color: var(--_danger);
    font-weight: 700;
  }
  .qd-maker__move {
    margin: 0;
  }
  .qd-maker__preview {
    margin-block-start: calc(var(--_space) * 3);
    border-block-start: 2px solid var(--_border);
  }
  @media (forced-colors: active) {
    .qd-field [aria-invalid='true'] {
      border-color: Mark;
    }
  }
`;
