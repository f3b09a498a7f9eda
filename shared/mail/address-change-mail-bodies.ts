import { greet, type MailBodyOf } from './mail-body';

export interface AddressChangeMailData {
  /** To the new address: the link that moves the account to it. */
  'verify-new-email': { name?: string; link: string };
  /** To the old address: a change was asked; the new address only in part. */
  'email-change-requested': { name?: string; newAddress: string; securityLink: string };
  /** To the old address, once the link was followed: the account moved (the new address only in part), and the link that undoes it. */
  'email-changed': { name?: string; newAddress: string; undoLink: string };
  /** To the old address, once its "it wasn't me" link was followed: the address is back; the link chooses a new password. */
  'email-restored': { name?: string; link: string };
  /** To an address that already has an account, when someone asked to move another account to it. */
  'email-change-attempt': { signInLink: string; resetLink: string };
}

export const ADDRESS_CHANGE_MAIL_BODIES: { [T in keyof AddressChangeMailData]: MailBodyOf<AddressChangeMailData[T]> } = {
  'verify-new-email': (d, l) => l === 'fr'
    ? {
        subject: 'Confirmez votre nouvelle adresse e-mail', greeting: greet(l, d.name),
        paragraphs: [
          'Vous avez demandé que votre compte Vitrine utilise désormais cette adresse. Confirmez-la pour terminer le changement.',
          'Ce lien est valable 24 heures et ne sert qu’une fois. D’ici là, vous vous connectez toujours avec votre ancienne adresse.',
        ],
        action: { label: 'Confirmer ma nouvelle adresse', href: d.link },
        footer: 'Vous n’avez rien demandé ? Ignorez ce message : aucun compte n’utilisera votre adresse.',
      }
    : {
        subject: 'Confirm your new e-mail address', greeting: greet(l, d.name),
        paragraphs: [
          'You asked for your Vitrine account to use this address from now on. Confirm it to finish the change.',
          'This link works once and for 24 hours. Until then, you still sign in with your old address.',
        ],
        action: { label: 'Confirm my new address', href: d.link },
        footer: 'Did not ask for this? Ignore this message: no account will use your address.',
      },
  'email-change-requested': (d, l) => l === 'fr'
    ? {
        subject: 'Changement d’adresse e-mail demandé', greeting: greet(l, d.name),
        paragraphs: [
          `Un changement d’adresse e-mail a été demandé pour votre compte Vitrine, vers ${d.newAddress}.`,
          'Rien ne change tant que le lien envoyé à la nouvelle adresse n’a pas été suivi : vous vous connectez toujours avec celle-ci.',
        ],
        action: { label: 'Sécurité du compte', href: d.securityLink },
        footer: 'Ce n’était pas vous ? Changez votre mot de passe depuis la page Sécurité du compte : quelqu’un le connaît.',
      }
    : {
        subject: 'Change of e-mail address asked', greeting: greet(l, d.name),
        paragraphs: [
          `A change of e-mail address was asked for your Vitrine account, to ${d.newAddress}.`,
          'Nothing changes until the link sent to the new address is followed: you still sign in with this one.',
        ],
        action: { label: 'Account security', href: d.securityLink },
        footer: 'Was this not you? Change your password from the Account security page: someone knows it.',
      },
  'email-changed': (d, l) => l === 'fr'
    ? {
        subject: 'Votre adresse e-mail a été changée', greeting: greet(l, d.name),
        paragraphs: [
          `Votre compte Vitrine utilise désormais l’adresse ${d.newAddress} : le lien envoyé à cette adresse a été suivi. Vous vous connectez maintenant avec elle, plus avec celle-ci.`,
          'Par sécurité, toutes les sessions ouvertes sur votre compte ont été déconnectées.',
          'Ce n’était pas vous ? Quelqu’un connaît votre mot de passe. Suivez ce lien sans attendre : il rend cette adresse à votre compte, déconnecte toutes ses sessions et vous envoie ici un lien pour choisir un nouveau mot de passe. Il est valable 7 jours et ne sert qu’une fois.',
        ],
        action: { label: 'Ce n’était pas moi : récupérer mon compte', href: d.undoLink },
        footer: 'C’était bien vous ? Vous n’avez rien à faire : ce message ne sert qu’à vous prévenir.',
      }
    : {
        subject: 'Your e-mail address was changed', greeting: greet(l, d.name),
        paragraphs: [
          `Your Vitrine account now uses the address ${d.newAddress}: the link sent to that address was followed. You now sign in with it, no longer with this one.`,
          'To be safe, every session open on your account was signed out.',
          'Was this not you? Someone knows your password. Follow this link straight away: it gives your account this address back, signs all its sessions out and sends you here a link to choose a new password. It works once and for 7 days.',
        ],
        action: { label: 'It wasn’t me: recover my account', href: d.undoLink },
        footer: 'Was it you? There is nothing to do: this message is only to let you know.',
      },
  'email-restored': (d, l) => l === 'fr'
    ? {
        subject: 'Votre adresse e-mail vous est rendue', greeting: greet(l, d.name),
        paragraphs: [
          'Votre compte Vitrine utilise de nouveau cette adresse. Toutes ses sessions ont été déconnectées, son mot de passe et ses clés d’accès retirés, et les changements d’adresse en attente annulés.',
          'Choisissez un nouveau mot de passe pour vous reconnecter : l’ancien, que quelqu’un d’autre connaît, ne marche plus. Ce lien est valable une heure et ne sert qu’une fois.',
        ],
        action: { label: 'Choisir un mot de passe', href: d.link },
        footer: 'Le lien a expiré ? Demandez-en un autre depuis « Mot de passe oublié ? » avec cette adresse.',
      }
    : {
        subject: 'Your e-mail address is yours again', greeting: greet(l, d.name),
        paragraphs: [
          'Your Vitrine account uses this address again. All its sessions were signed out, its password and passkeys removed, and pending changes of address cancelled.',
          'Choose a new password to sign in again: the old one, which someone else knows, no longer works. This link works once and for one hour.',
        ],
        action: { label: 'Choose a password', href: d.link },
        footer: 'Has the link expired? Ask for another one from “Forgot your password?” with this address.',
      },
  'email-change-attempt': (d, l) => l === 'fr'
    ? {
        subject: 'Quelqu’un a voulu utiliser votre adresse', greeting: 'Bonjour,',
        paragraphs: [
          'Quelqu’un a demandé qu’un autre compte Vitrine utilise votre adresse, qui a déjà un compte. Rien n’a été changé.',
          `Pour vous connecter : ${d.signInLink}`,
        ],
        action: { label: 'Mot de passe oublié ?', href: d.resetLink },
        footer: 'Vous pouvez ignorer ce message : votre compte n’a pas changé.',
      }
    : {
        subject: 'Someone tried to use your address', greeting: 'Hello,',
        paragraphs: [
          'Someone asked for another Vitrine account to use your address, which already has an account. Nothing was changed.',
          `To sign in: ${d.signInLink}`,
        ],
        action: { label: 'Forgot your password?', href: d.resetLink },
        footer: 'You can ignore this message: your account has not changed.',
      },
};
