
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0272f961396eaa85': `Delete my answers`,
's0b19e2675c4e9b30': `Start again`,
's0ec7641e2b8c097b': `The other areas`,
's105c72261bb35f19': `Your answers have been deleted.`,
's11ea7fb62d5b3f97': str`${0} out of 100`,
's14704f8772e67ae7': `More help`,
's1908838b618029aa': `Where you can learn the most`,
's194dc74f76924e97': `Your result is ready.`,
's1f0149847a099a73': `Back`,
's2052dd3c68ddcb77': `See my result`,
's27ce3db4af85edbd': `The same scores as in the bars above, drawn as a web. The further out, the better.`,
's3833a94fcf05cc29': `Your answers are kept only in this file and on your own device.`,
's40b389bf12abce76': `You can always go back to change an answer. There is no time limit.`,
's415cf4e22417b973': `Carry on`,
's43bceaa4908c5760': `Your answers stay on this device. They are kept here, so you can carry on later.`,
's510ce9b0eb69b94c': str`Based on ${0}.`,
's5a4474c4d888063e': `Start`,
's7140942da9bb5147': `Your answers were not sent. They are only on your own device.`,
's720db90272a46b53': str`Well done! Where you have a result, it is the level ${0}. The other parts have no result yet.`,
's7e9dfda9125e0763': `Test your digital skills`,
's7f3d0add27926afc': str`It takes about ${0} minutes. There are ${1} questions.`,
's829b1788395fc61b': `Where you can get help:`,
's85c962adb4d4efc4': str`Well done! You have the level ${0} everywhere. Perhaps you can help others.`,
's88271a0221cc7e6f': `There is no result yet. Everywhere you chose "I don't know" or "I don't understand the question". That is all right. Would you like to know what you can already do? Ask at the library. They are happy to help you there.`,
's8924624bd5c619c8': `Choose an answer first. Not sure? Then choose "I don't know".`,
's904286c683028ac7': `This questionnaire cannot be used because it contains a mistake.`,
's9660d58ab5e76e4c': str`This is where you can learn the most: ${0}.`,
's9d8372acee6b8f05': `All areas at a glance`,
's9f838ffe65d31dc3': `Next`,
'sa7cfdef73a81392c': `Print your result`,
'sa82e757467b6fa06': `Please tell the people who run this website.`,
'saa8699086e86269f': str`The mistake is in the field "${0}".`,
'sac27aaaabc41becd': str`Level: ${0}`,
'sb18c4bda72fbc672': `Your answers stay on this device. They are not kept and not sent anywhere.`,
'sb59eae4aeca59c06': `This questionnaire has no questions.`,
'sb73198951e59ea91': str`The mistake is in part ${0}, question ${1}, field "${2}".`,
'sb7455e76a99b7b4a': `result`,
'sbad9a4ff99274bf2': `Area by area`,
'sbe7d2ae9975397e4': str`Made on ${0}.`,
'sc4cab8028b253eeb': str`Question ${0} of ${1}: ${2}`,
'sc4dd845b18a3c41b': `No level. Here you only chose "I don't know" or "I don't understand the question".`,
'sc9f41ea6eed17f63': `Download your result`,
'sd474b36b142f3e9b': `Your result`,
'sd5a335e07c55d085': str`Question ${0} of ${1}`,
'sed895f37eaeac40c': `no level`,
'sf6e5967aaed7be0b': `This is what you chose yourself. It is not a test: you cannot get anything wrong.`,
'sfca930473529a9f7': `Explain this question`,
'sfdfb0a57bcdeace4': str`The mistake is in part ${0}, field "${1}".`,
    };
  