import { css } from 'lit';

export const statCardStyles = css`
  .base {
    height: 100%;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    height: 100%;
    margin: 0;
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  h1, h2, h3, h4, h5, h6 {
    order: 1;
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
    font-weight: 600;
  }
  .value {
    order: 0;
    margin: 0;
    font-size: 2.5em;
    line-height: 1.1;
    font-weight: 700;
    color: var(--_primary);
    overflow-wrap: anywhere;
  }
  .compare,
  .description {
    order: 2;
    margin: 0;
  }
  .source {
    order: 4;
    margin-top: auto;
    padding-top: calc(var(--_space) * 0.5);
    color: var(--_muted);
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
    }
    .value {
      color: CanvasText;
    }
  }
`;
