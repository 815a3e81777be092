import { css } from 'lit';

/**
 * Fieldsets of checkboxes and radio buttons: the filter groups and the choice of order.
 * Both are fetched after the first list (see filter-groups.ts and place-notes.ts), so
 * their styles come with them.
 */
export const choiceStyles = css`
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-bottom: 0.25em;
  }
  label.check {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-height: 2.75em;
    font-weight: normal;
    cursor: pointer;
  }
  label.check input {
    /* Visibly larger than the browser's 13 px mark: 24 px at 16 px text (the field's own
       font is smaller, so the size follows the text around it). */
    font-size: inherit;
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
`;
