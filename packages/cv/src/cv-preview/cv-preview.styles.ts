import { css } from 'lit';

export const previewStyles = css`
  .cv {
    /* A CV is a sheet of paper: light in every colour scheme, as printed, so the CV's own accent
       keeps its contrast (dark pages included). Forced colours still take over below. */
    --_bg: #ffffff;
    --_text: #1b1b1f;
    --_muted: #4f5359;
    --_border: #74777f;
    --_primary: #0b57d0;
    --_focus: #0b57d0;
    color-scheme: light;
    --_accent: var(--qd-cv-accent, #0b57d0);
    font-size: var(--qd-cv-font-size, 1rem);
    max-width: 50rem;
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    line-height: 1.4;
  }
  .cv h2,
  .cv h3,
  .cv h4,
  .cv p,
  .cv ul {
    margin: 0;
  }
  .cv-header {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: center;
    margin-block-end: calc(var(--_space) * 2);
  }
  .cv-photo {
    width: 6.5rem;
    height: 6.5rem;
    object-fit: cover;
    border-radius: 50%;
    flex: none;
  }
  .cv-id {
    flex: 1 1 14rem;
    min-width: 0;
  }
  .cv-name {
    font-size: 1.9em;
    line-height: 1.1;
  }
  .cv-headline {
    font-size: 1.2em;
    font-weight: 600;
    color: var(--_accent);
    margin-block-start: calc(var(--_space) / 2) !important;
  }
  .cv .cv-contact {
    list-style: none;
    padding: 0;
    margin-block-start: var(--_space) !important;
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
  }
  .cv-k {
    color: var(--_muted);
  }
  .cv--sobre .cv-k {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .cv-section {
    margin-block-start: calc(var(--_space) * 2);
  }
  .cv-section h3 {
    font-size: 1.05em;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_accent);
    border-block-end: 2px solid var(--_accent);
    padding-block-end: 0.15em;
    margin-block-end: var(--_space);
    break-after: avoid;
  }
  .cv-entry {
    margin-block-end: var(--_space);
    break-inside: avoid;
  }
  .cv-entry h4 {
    font-size: 1em;
  }
  .cv-org {
    font-weight: 400;
  }
  .cv-when,
  .cv-url {
    color: var(--_muted);
    font-size: 0.92em;
  }
  .cv ul {
    padding-inline-start: 1.2em;
  }
  .cv li {
    break-inside: avoid;
  }
  .cv--sobre .cv-softSkills ul,
  .cv--ats .cv-softSkills ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
  }
  .cv-line {
    margin-block-end: calc(var(--_space) / 2) !important;
  }
  .cv-empty {
    color: var(--_muted);
    font-style: italic;
  }
  .cv-columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 2fr);
    gap: calc(var(--_space) * 3);
  }
  .cv-side {
    background: color-mix(in srgb, var(--_accent) 8%, var(--_bg));
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
  }
  .cv-side .cv-section:first-child {
    margin-block-start: 0;
  }
  .cv-side ul {
    list-style: none;
    padding: 0;
  }
  .cv-side li {
    margin-block-end: calc(var(--_space) / 2);
  }
  .cv--moderne .cv-header {
    border-block-end: 4px solid var(--_accent);
    padding-block-end: calc(var(--_space) * 2);
  }
  .cv--ats {
    --_accent: var(--_text);
  }
  .cv--ats .cv-header {
    display: block;
  }
  .cv--ats .cv-contact {
    display: block;
  }
  .cv--ats .cv-section h3 {
    text-transform: none;
    letter-spacing: 0;
    border-block-end-width: 1px;
  }
  @media (max-width: 40rem) {
    .cv {
      padding: calc(var(--_space) * 1.5);
    }
    .cv-columns {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @media (forced-colors: active) {
    .cv-headline,
    .cv-section h3 {
      color: CanvasText;
      border-color: CanvasText;
    }
  }
  @media print {
    .qd-root {
      background: #fff;
    }
    .cv {
      font-size: 10.5pt;
      max-width: none;
      padding: 0;
      border: 0;
      border-radius: 0;
      color: #000;
      background: #fff;
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }
    .cv-k,
    .cv-when,
    .cv-url {
      color: #333;
    }
    .cv a {
      color: inherit;
      text-decoration: none;
    }
    .cv-columns {
      grid-template-columns: 34% 1fr;
      gap: 6mm;
    }
    .cv-photo {
      width: 28mm;
      height: 28mm;
    }
  }
`;
