/**
 * A file sent with a mail: an inline picture the HTML shows by `cid:` (a pickup QR code) or a
 * calendar invitation. Kept in the outbox as base64 until the mail is delivered.
 */
export interface MailAttachment {
  filename: string;
  /** `image/png`, `text/calendar`… */
  contentType: string;
  /** Base64 of the bytes. */
  content: string;
  /** Set for an inline image: the HTML refers to it as `cid:<cid>`. */
  cid?: string;
  /** Set for a calendar: the iTIP method, so mail programs offer to add, update or remove the event. */
  method?: 'REQUEST' | 'CANCEL';
}
