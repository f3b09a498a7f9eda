import { addMessages } from './translate';
import { timelineFr } from './timeline.fr';
import { timelineEn } from './timeline.en';

/** The customer timeline's vocabulary, loaded with the pages that show a timeline (account, advisor console, till). */
addMessages({ fr: timelineFr, en: timelineEn });
