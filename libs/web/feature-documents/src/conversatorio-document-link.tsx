import { useQuery } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConversatorioDocumentQuery } from './operations.js';

/** The way from a conversatorio to its outcome document. */
export function ConversatorioDocumentLink({ conversatorioId }: { conversatorioId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(ConversatorioDocumentQuery, { variables: { conversatorioId } });
  const document = data?.conversatorioDocument;
  if (!document) return null;
  return (
    <Button
      component={Link}
      to={`/documentos/${document.id}`}
      size="xs"
      variant="light"
      leftSection={<IconFileText size={16} aria-hidden />}
    >
      {document.myAccess === 'EDIT' ? t('documents.writeOutcome') : t('documents.readOutcome')}
    </Button>
  );
}
