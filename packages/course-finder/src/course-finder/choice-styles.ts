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
    /* The marks are alike in every widget (the self-check's answers, the IDO finder's
       "Open locaties eerst", these): larger than the browser's own (about 13 px), at least 24 px
       (WCAG 2.5.8), in the theme's colour. Not in core: see docs/design.md, "Marks". */
    font-size: inherit;
    width: max(1.5em, 24px);
    height: max(1.5em, 24px);
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
`;
