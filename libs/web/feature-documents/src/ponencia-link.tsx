import { useApolloClient } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { errorMessageOf } from '@ruta/web-data-access';
import { IconFileText } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PonenciaDocumentQuery } from './operations.js';

/**
 * The way from a talk of the agenda to its ponencia. The document is looked up (and, the first
 * time, created) only when asked for, so an agenda full of talks costs no documents.
 */
export function PonenciaLink({ slotId, canWrite, label }: { slotId: string; canWrite: boolean; label?: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [opening, setOpening] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const text = canWrite ? t('documents.writePonencia') : t('documents.readPonencia');
  return (
    <Button
      size="compact-sm"
      variant="light"
      loading={opening}
      style={{ alignSelf: 'flex-start' }}
      leftSection={<IconFileText size={16} aria-hidden />}
      aria-label={label ? `${text}: ${label}` : undefined}
      title={failure ?? undefined}
      color={failure ? 'red' : undefined}
      onClick={async () => {
        setOpening(true);
        setFailure(null);
        try {
          const { data } = await client.query({ query: PonenciaDocumentQuery, variables: { sessionSpeakerId: slotId } });
          if (data) void navigate(`/documentos/${data.ponenciaDocument.id}`);
        } catch (caught) {
          setFailure(errorMessageOf(caught, t('app.loadError')));
        } finally {
          setOpening(false);
        }
      }}
    >
      {failure ?? text}
    </Button>
  );
}
