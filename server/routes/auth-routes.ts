import { Router } from 'express';
import type { Services } from '../app/services';
import { DeviceLinkRequestSchema, LoginRequestSchema, HandoffCodeSchema } from '../../shared/http/api-schemas';
import { parseInput } from '../http/parse-input';
import { channelOf } from '../http/channel';
import { requirePrincipal } from '../http/principal';
import { requestOrigin } from '../http/request-origin';
import { signIn, startGuestSession, findAccount, userOf } from '../auth/sign-in';
import { createDeviceLink, redeemDeviceLink } from '../auth/device-link';
import { unauthorized } from '../http/http-error';
import { signOut, signOutEverywhere } from '../auth/sign-out';
import { withinSignInLimits } from '../auth/sign-in-limits';

export function authRoutes(s: Services): Router {
  const r = Router();

  r.post('/auth/guest', async (req, res) => {
    await s.limits.auth.consume(`guest:${req.ip}`);
    res.status(201).json(await startGuestSession(s, channelOf(req)));
  });

  r.post('/auth/login', async (req, res) => {
    const body = parseInput(LoginRequestSchema, req.body);
    res.json(await withinSignInLimits(s, req.ip, body.email, () => signIn(s, body, req.principal, channelOf(req))));
  });

  r.post('/auth/logout', async (req, res) => {
    await signOut(s, requirePrincipal(req));
    res.status(204).end();
  });

  r.post('/auth/logout-everywhere', async (req, res) => {
    await signOutEverywhere(s, requirePrincipal(req));
    res.status(204).end();
  });

  r.get('/auth/me', async (req, res) => {
    const p = requirePrincipal(req);
    const fresh = await findAccount(s, p.userId);
    if (!fresh) throw unauthorized('this account no longer exists');
    res.json(userOf(fresh.principal, fresh.email));
  });

  r.post('/auth/device-link', async (req, res) => {
    const p = requirePrincipal(req, 'customer');
    const body = parseInput(DeviceLinkRequestSchema, req.body ?? {});
    res.status(201).json(await createDeviceLink(s, p, requestOrigin(req, s.config), body.path));
  });

  r.post('/auth/device-link/:code', async (req, res) => {
    await s.limits.auth.consume(`link:${req.ip}`);
    const code = parseInput(HandoffCodeSchema, req.params.code, 'link code');
    res.json(await redeemDeviceLink(s, code));
  });

  return r;
}
