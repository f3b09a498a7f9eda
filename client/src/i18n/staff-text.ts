import { addMessages } from './translate';
import { staffScreensFr } from './staff-screens.fr';
import { staffScreensEn } from './staff-screens.en';

/** The staff screens' vocabulary (till, desk, stock, dashboard), loaded with their chunks. */
addMessages({ fr: staffScreensFr, en: staffScreensEn });
