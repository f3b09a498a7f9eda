import { addMessages } from './translate';
import { checkoutFr } from './checkout.fr';
import { checkoutEn } from './checkout.en';

/** The checkout's vocabulary (contact, delivery, address, payment, confirmation), loaded with the cart page. */
addMessages({ fr: checkoutFr, en: checkoutEn });
