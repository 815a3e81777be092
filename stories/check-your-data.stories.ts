/*
 * "Gegevens controleren" (Check your data): a webmaster drops a CSV or JSON file (or picks
 * it with a button, or pastes an address), chooses the widget, and sees that widget with
 * `check` and the data, live. A dropped file becomes a `blob:` address in this browser
 * tab; nothing is uploaded. The page around it is check-your-data.mdx.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@digivaardig/stat-card';
import '@digivaardig/self-check';
import '@digivaardig/ido-finder';
import '@digivaardig/course-finder';
import { checkPage } from './support/check-page.js';

const meta = {
  title: 'Gegevens controleren',
  tags: ['!autodocs'],
} satisfies Meta;
export default meta;

type Story = StoryObj;

/** On the docs page only (check-your-data.mdx). */
export const CheckYourData: Story = {
  name: 'Check your data',
  tags: ['!dev'],
  render: () => checkPage(),
};
