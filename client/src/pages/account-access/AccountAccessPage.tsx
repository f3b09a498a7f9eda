import type { ComponentType } from 'react';
import { useParams } from 'wouter';
import { NotFoundPage } from '../../app/NotFoundPage';
import { SignUpPage } from './SignUpPage';
import { VerifyEmailPage } from './VerifyEmailPage';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { ResetPasswordPage } from './ResetPasswordPage';
import { SecurityPage } from './SecurityPage';
import { NewEmailPage } from './NewEmailPage';
import { UndoEmailChangePage } from './UndoEmailChangePage';

// One route and one chunk for every account screen: the shell every page loads (the product page
// included) carries a single line for them.
const STEPS: Record<string, ComponentType> = {
  'sign-up': SignUpPage,
  verify: VerifyEmailPage,
  forgot: ForgotPasswordPage,
  reset: ResetPasswordPage,
  security: SecurityPage,
  'new-email': NewEmailPage,
  'email-undo': UndoEmailChangePage,
};

/** `/account/:step`: sign-up, the mailed links' landings, forgotten password and account security. */
export function AccountAccessPage() {
  const { step } = useParams<{ step: string }>();
  const Step = STEPS[step];
  return Step ? <Step /> : <NotFoundPage />;
}
