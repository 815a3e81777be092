
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's19ff7cca8732f21a': str`This figure was not found: "${0}". Please let the people who run this website know.`,
's340076a16df3ada4': `The rest`,
's4ffab9d0c9225bab': `No figures were found for this choice.`,
's5530716c1601fe13': `See the figures in a table`,
's5a3aa2f4e91fc917': `Measurement`,
's72ad4cbab15f9915': str`Highest: ${0} (${1}).`,
's7fd4ab5c7e34c363': str`Measured in ${0}.`,
's968fecbdce3609e2': `In the chart:`,
's9bdc8972a6ce9e61': `A figure about digital skills`,
'sa662deb1e45e531d': `Value`,
'sa67ca9848bdde50e': `Source:`,
'sa9cadbbfa66a40bb': `A figure belongs here, but it was not given in full.`,
'sbcd0ff6703a59a5d': str`Lowest: ${0} (${1}).`,
'sc0bb3d2163688721': `Part`,
'sc2bdc6e7290041a0': str`From ${0} (${1}) to ${2} (${3}).`,
'see8a6afc18f89bbc': `Source unknown.`,
    };
  