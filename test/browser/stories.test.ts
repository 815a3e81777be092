import { expect } from '@open-wc/testing';
import { statCardExamples } from '@digivaardig/stat-card/examples';
import { idoFinderExamples } from '@digivaardig/ido-finder/examples';
import { selfCheckExamples } from '@digivaardig/self-check/examples';
import { courseFinderExamples } from '@digivaardig/course-finder/examples';
import type { WidgetExample } from '@digivaardig/core';

// Every story file loads (each throws at load when its stories and its widget's examples
// drift apart), and its stories are exactly that widget's examples, by name.
type StoryModule = Record<string, { name?: string; tags?: string[] } | unknown>;

const storyFiles: { file: string; tag: string; examples: WidgetExample[]; load: () => Promise<StoryModule> }[] = [
  { file: 'stat-card', tag: 'dv-stat-card', examples: statCardExamples, load: () => import('../../stories/stat-card.stories.js') },
  { file: 'stat-grid', tag: 'dv-stat-grid', examples: statCardExamples, load: () => import('../../stories/stat-grid.stories.js') },
  { file: 'course-finder', tag: 'dv-course-finder', examples: courseFinderExamples, load: () => import('../../stories/course-finder.stories.js') },
  { file: 'ido-finder', tag: 'dv-ido-finder', examples: idoFinderExamples, load: () => import('../../stories/ido-finder.stories.js') },
  { file: 'self-check', tag: 'dv-self-check', examples: selfCheckExamples, load: () => import('../../stories/self-check.stories.js') },
];

describe('stories', () => {
  for (const { file, tag, examples, load } of storyFiles) {
    it(`stories/${file}.stories.ts has one story per ${tag} example`, async () => {
      const module = await load();
      const names = Object.entries(module)
        .filter(([key, story]) => key !== 'default' && !(story as { tags?: string[] }).tags?.includes('!dev'))
        .map(([, story]) => (story as { name?: string }).name);
      const expected = examples.filter((example) => example.tag === tag).map((example) => example.name);
      expect([...names].sort()).to.deep.equal([...expected].sort());
    });
  }
});
