import type { RequestHandler } from 'express';
import { containsLoneSurrogate } from '../../shared/text/lone-surrogate';
import { HttpError } from './http-error';

const refuse = (where: string) => new HttpError(400, 'invalid_text', `${where} cannot contain a lone UTF-16 surrogate (such as \\ud800): send well-formed Unicode text`);

/** Malformed percent-encoding is left to the router, which answers it with its own 400. */
function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return '';
  }
}

/**
 * A lone surrogate (`"\ud800"` in a JSON string) is no character: PostgreSQL refuses it in jsonb
 * and text, which would surface deep in a query as a 500. Refused here, once for every route,
 * in the body, the query and the path. Mounted after the JSON body parser.
 */
export const rejectLoneSurrogates: RequestHandler = (req, _res, next) => {
  if (containsLoneSurrogate(req.body)) return next(refuse('text in the request body'));
  if (containsLoneSurrogate(req.query)) return next(refuse('the query string'));
  if (containsLoneSurrogate(decodedPath(req.path))) return next(refuse('the path'));
  next();
};
