import { addMessages } from './translate';
import { accountsFr } from './accounts.fr';
import { accountsEn } from './accounts.en';

/** The account screens' vocabulary (sign-up, mailed links, security, outbox), loaded with their chunks. */
addMessages({ fr: accountsFr, en: accountsEn });
