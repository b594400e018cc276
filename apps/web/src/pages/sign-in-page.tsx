import { Center } from '@mantine/core';
import { SignInForm } from '@ruta/web-feature-identity';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useDocumentTitle } from './use-document-title.js';

/** `/ingresar?volver=/ruta&sesion=expirada` */
export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle('auth.signIn');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = params.get('volver');
  return (
    <Center py="xl">
      <SignInForm
        notice={params.get('sesion') === 'expirada' ? t('auth.sessionExpired') : undefined}
        onSignedIn={() => void navigate(next?.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true })}
      />
    </Center>
  );
}
