import { Center } from '@mantine/core';
import { SetPasswordView } from '@ruta/web-feature-identity';
import { useNavigate, useParams } from 'react-router';
import { useDocumentTitle } from './use-document-title.js';

export function SetPasswordPage() {
  useDocumentTitle('auth.setPasswordTitle');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  return (
    <Center py="xl">
      <SetPasswordView token={token} onDone={() => void navigate('/', { replace: true })} />
    </Center>
  );
}
