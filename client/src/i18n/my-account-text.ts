import { addMessages } from './translate';
import { myAccountFr } from './my-account.fr';
import { myAccountEn } from './my-account.en';

/** The account page's vocabulary (sign-in, orders and their pickups), loaded with the pages that show it: a product page does not need it. */
addMessages({ fr: myAccountFr, en: myAccountEn });
