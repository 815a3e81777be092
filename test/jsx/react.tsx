// A React 19 app's view of the widgets through the generated JSX types
// (@digivaardig/widgets/jsx, made from the custom-elements manifest by `pnpm run cem`),
// resolved as an npm user's app resolves them (the built dist/, no `source` condition).
// `pnpm test:jsx` type-checks this file: right usage must pass, and each usage marked as
// an expected error must be one, so the types cannot quietly accept anything.
import type {} from '@digivaardig/widgets/jsx';
import { useRef } from 'react';
import type { DvIdoFinder } from '@digivaardig/ido-finder';
import type { DvSelfCheck } from '@digivaardig/self-check';

export function Page({ onResult }: { onResult: (check: DvSelfCheck) => void }) {
  const check = useRef<DvSelfCheck>(null);
  return (
    <main>
      <dv-self-check
        ref={check}
        lang="en"
        heading-level={3}
        framework="slo"
        persist
        chart="radar"
        ondv-ready={(event) => {
          // The event's target is the element itself, typed.
          const check: DvSelfCheck = event.target;
          onResult(check);
        }}
        ondv-self-check-complete={(event) => onResult(event.target)}
      />
      <dv-ido-finder postcode="2311 EZ" map="off" geolocation ondv-location-select={(event) => console.log((event.target as DvIdoFinder).postcode)} />
      <dv-course-finder postcode="2311 EZ" topics="safety,ai" free sync-url />
      <dv-stat-grid topic="skills" chart="bar" />
      <dv-stat-card stat="basic-digital-skills-nl" className="figure" ref={(card) => card?.reload()} />
    </main>
  );
}

// @ts-expect-error persist is a boolean, not a string
export const wrongType = <dv-self-check persist="yes" />;

// @ts-expect-error no such attribute: the types list every attribute, and only those
export const unknownAttribute = <dv-ido-finder colour="red" />;

// @ts-expect-error an event handler is a function
export const handlerNotFunction = <dv-course-finder ondv-ready="done" />;

// @ts-expect-error the handler gets the widget's own event: its target is a self-check, not a finder
export const wrongTarget = <dv-self-check ondv-ready={(event: { target: DvIdoFinder }) => event.target.postcode} />;

// @ts-expect-error no such tag
export const unknownTag = <dv-self-chek />;

// @ts-expect-error a ref to another kind of element
export const wrongRef = <dv-ido-finder ref={{ current: null as DvSelfCheck | null }} />;
