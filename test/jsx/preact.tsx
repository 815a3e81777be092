// A Preact app's view of two widget packages through their own JSX types
// (@digivaardig/self-check/jsx, @digivaardig/ido-finder/jsx), from the built dist/.
// Type-checked by `pnpm test:jsx`: right usage must pass, and each usage marked as an
// expected error must be one.
import type {} from '@digivaardig/self-check/jsx';
import type {} from '@digivaardig/ido-finder/jsx';
import type { DvIdoFinder } from '@digivaardig/ido-finder';

export function Page() {
  return (
    <section>
      <dv-self-check lang="nl" persist course-finder-url="/cursussen" />
      <dv-ido-finder
        postcode="2311 EZ"
        limit="3"
        ondv-location-select={(event) => {
          const finder: DvIdoFinder = event.target;
          console.log(finder.postcode);
        }}
      />
    </section>
  );
}

// @ts-expect-error geolocation is a boolean, not a string
export const wrongType = <dv-ido-finder geolocation="yes" />;

// @ts-expect-error no such attribute
export const unknownAttribute = <dv-self-check colour="red" />;

// @ts-expect-error this app imported the types of two widgets only: the stat card is unknown here
export const notImported = <dv-stat-card stat="basic-digital-skills-nl" />;
