import { addMessages } from './translate';
import { privacyFr } from './privacy.fr';
import { privacyEn } from './privacy.en';

/** The privacy page's vocabulary, loaded with its chunk (and the account page's). */
addMessages({ fr: privacyFr, en: privacyEn });
