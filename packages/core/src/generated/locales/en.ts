
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's1adebff396d5e44b': `Something went wrong in this part of the page. Please reload the page.`,
's26594162869f7894': `Loading…`,
's4248b179878d2fb1': `The file holds no usable data. Please let the people who run this website know.`,
's64650d9c219dca6f': `The data cannot be read. Please let the people who run this website know.`,
's799e6128f831adfc': `There is nothing to show.`,
's98d5cce6d3b8805f': `Try again`,
's9bcc62e90e8577b3': str`The data cannot be found right now (error code ${0}). Please try again later. If it stays like this, let the people who run this website know.`,
'sc5e25e39e9a78d9a': `The data could not be fetched. Check your internet connection and try again.`,
'scae3ec89d894a12f': `Fetching the data is taking too long. Please try again later.`,
    };
  