import { useMutation } from '@apollo/client/react';
import { Alert, Button, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { errorMessageOf, type ImportActionItemsMutation as ImportResult } from '@ruta/web-data-access';
import { Dialog } from '@ruta/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportActionItemsMutation } from './operations/import.js';

type Report = ImportResult['importActionItems'];

/**
 * CSV import of action items: the file is checked first (nothing imported), then imported as a
 * whole. A rejected row stops the import and is listed with its reasons.
 */
export function ImportDialog({ opened, onClose, onImported }: { opened: boolean; onClose: () => void; onImported: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [run, { loading }] = useMutation(ImportActionItemsMutation);

  const send = async (dryRun: boolean) => {
    if (!file) return;
    setError(null);
    try {
      const { data } = await run({ variables: { csv: await file.text(), dryRun } });
      setReport(data?.importActionItems ?? null);
      if (!dryRun && data?.importActionItems.imported) onImported();
    } catch (caught) {
      setReport(null);
      setError(errorMessageOf(caught, t('app.loadError')));
    }
  };
  const close = () => {
    setFile(null);
    setReport(null);
    setError(null);
    onClose();
  };

  return (
    <Dialog opened={opened} onClose={close} title={t('roadmap.importTitle')} size="lg">
      <Stack>
        <Text size="sm">{t('roadmap.importHelp')}</Text>
        <FileInput
          label={t('roadmap.importFile')}
          accept=".csv,text/csv"
          value={file}
          onChange={(value) => {
            setFile(value);
            setReport(null);
          }}
          clearable
        />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {report && report.rejected.length > 0 && (
          <Alert color="red" role="alert" title={t('roadmap.importRejected', { count: report.rejected.length, total: report.totalRows })}>
            <List size="sm" spacing={4}>
              {report.rejected.map((row) => (
                <List.Item key={row.line}>
                  {t('roadmap.importLine', { line: row.line, title: row.title })}{' '}
                  {row.errors
                    .map((problem) => `${t(`roadmap.fields.${problem.field}`, { defaultValue: problem.field })}: ${problem.message}`)
                    .join(' · ')}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {report && report.rejected.length === 0 && (
          <Alert color="green" role="status">
            {report.dryRun ? t('roadmap.importReady', { count: report.totalRows }) : t('roadmap.imported', { count: report.imported })}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('app.close')}
          </Button>
          <Button variant="light" disabled={!file} loading={loading} onClick={() => void send(true)}>
            {t('roadmap.importCheck')}
          </Button>
          <Button disabled={!file || !report?.dryRun || report.rejected.length > 0} loading={loading} onClick={() => void send(false)}>
            {t('roadmap.importRun')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
