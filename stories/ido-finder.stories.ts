/*
 * <dv-ido-finder>: one story per example in packages/ido-finder/src/examples.ts. The
 * attributes, frame and description come from that list (see support/example-stories.ts);
 * here each story is only named, because Storybook needs static named exports.
 * Adding an example? Add an export with its name below, or this file throws at load.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@digivaardig/ido-finder';
import { SERVICES } from '@digivaardig/ido-finder';
import { idoFinderExamples } from '@digivaardig/ido-finder/examples';
import { widgetStories } from './support/example-stories.js';

const finder = widgetStories('dv-ido-finder', idoFinderExamples, {
  choices: { map: ['on', 'none'], geocoder: ['pdok', 'none'] },
  lists: { services: SERVICES },
});

const meta = {
  title: 'Widgets/IDO finder',
  ...finder.meta,
} satisfies Meta;
export default meta;

type Story = StoryObj;

export const Start: Story = { name: 'Start' };
export const ResultsForPostcode: Story = { name: 'Results for a postcode' };
export const PlaceName: Story = { name: 'Place name' };
export const PlaceSearchWithSuggestions: Story = { name: 'Place search with suggestions' };
export const SelectedLocation: Story = { name: 'A selected location' };
export const MapWithTiles: Story = { name: 'Map with tiles' };
export const MapWithoutTiles: Story = { name: 'Map without tiles' };
export const ListOnly: Story = { name: 'List only' };
export const FilteredByService: Story = { name: 'Filtered by service' };
export const OwnFeed: Story = { name: 'Own feed' };
export const CsvFeed: Story = { name: 'CSV feed without coordinates' };
export const OneOrganisation: Story = { name: 'One organisation' };
export const UseMyLocation: Story = { name: 'Use my location' };
export const NoResultsNearby: Story = { name: 'No results nearby' };
export const PlaceNameWithATypo: Story = { name: 'Place name with a typo' };
export const English: Story = { name: 'English' };
export const Narrow320: Story = { name: 'Narrow 320 px' };
export const Dark: Story = { name: 'Dark' };
export const Loading: Story = { name: 'Loading' };
export const FeedError: Story = { name: 'Feed error' };
export const Empty: Story = { name: 'Empty' };
export const LanguageChoice: Story = { name: 'Language choice' };

finder.fromExamples({
  Start, ResultsForPostcode, PlaceName, PlaceSearchWithSuggestions, SelectedLocation, MapWithTiles, MapWithoutTiles, ListOnly, FilteredByService, OwnFeed,
  CsvFeed, OneOrganisation, UseMyLocation, NoResultsNearby, PlaceNameWithATypo, English, Narrow320, Dark, Loading,
  FeedError, Empty, LanguageChoice,
});

/** Behind the "Embed" docs page (ido-finder.embed.mdx); not in the sidebar. */
export const EmbedPlayground: Story = {
  name: 'Embed playground',
  tags: ['!dev', '!autodocs'],
  ...finder.embedStory('Results for a postcode'),
};
