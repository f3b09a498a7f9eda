import type { privacyFr } from './privacy.fr';

/** English messages of the privacy page and the account's data actions (keys from the French file). */
export const privacyEn: Record<keyof typeof privacyFr, string> = {
  'privacy.title': 'Your personal data',
  'privacy.intro': 'Vitrine (a demo) uses your data to sell, deliver and advise you. Here is what we keep, why and for how long.',
  'privacy.kept.title': 'What we keep',
  'privacy.kept.account': 'Account (name, e-mail, hashed password, passkeys): while the account exists, to sign you in.',
  'privacy.kept.orders': 'Orders (items, amounts, delivery address): 10 years, as French accounting law requires. If you delete your account they stay, without your name, e-mail or address.',
  'privacy.kept.guests': 'A visitor’s cart without an account: deleted after 30 days without activity if nothing was ordered.',
  'privacy.kept.help': 'Requests for an advisor’s help and their context: deleted 12 months after they close.',
  'privacy.kept.analytics': 'Journey measurement (products looked at, AR views, virtual store visits), only with your agreement: deleted after 13 months. We ask for your choice again after 13 months.',
  'privacy.choice.title': 'Your choice for journey measurement',
  'privacy.choice.yes': 'You accepted journey measurement.',
  'privacy.choice.no': 'You refused journey measurement.',
  'privacy.choice.none': 'You have not chosen yet: nothing is measured.',
  'privacy.rights.title': 'Your rights',
  'privacy.rights.text': 'From your account you can download all your data or delete your account. You may also complain to the CNIL.',
  'privacy.rights.account': 'Go to my account',
  'privacy.download': 'Download my data',
  'privacy.delete': 'Delete my account',
  'privacy.delete.confirmTitle': 'Delete your account for good?',
  'privacy.delete.explain': 'Your name, e-mail, password, passkeys, cart, journey and help requests will be erased. Your orders stay, anonymised, for the accounts. This cannot be undone.',
  'privacy.delete.password': 'Your password, to confirm',
  'privacy.delete.confirm': 'Yes, delete my account',
  'privacy.delete.cancel': 'Cancel',
  'privacy.failed': 'That did not work. Please try again.',
};
