import { Button, Group, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { Dialog } from './dialog.js';

/** The forms on screen that hold unsaved changes; one blocker for the whole app reads them. */
const guards = new Set<{ current: boolean }>();
const anyDirty = () => [...guards].some((guard) => guard.current);

/**
 * Warns before leaving while `dirty`: the browser's own prompt on reload or close, and the app's
 * confirmation (`LeaveGuardPrompt`) on navigation inside the app. `release()` lets a navigation
 * through right after a successful save, before the form has re-rendered clean.
 */
export function useLeaveGuard(dirty: boolean): { release: () => void } {
  const guard = useRef<{ current: boolean } | null>(null);
  useEffect(() => {
    const entry = { current: false };
    guard.current = entry;
    guards.add(entry);
    return () => {
      guards.delete(entry);
    };
  }, []);
  useEffect(() => {
    if (guard.current) guard.current.current = dirty;
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  return {
    release: useCallback(() => {
      if (guard.current) guard.current.current = false;
    }, []),
  };
}

/**
 * The confirmation shown when a link, the back button or a redirect would leave a page whose form
 * holds unsaved changes. Mounted once, in the app's frame. Going to sign in (the session expired)
 * is never held back: the form's draft is kept and comes back after signing in.
 */
export function LeaveGuardPrompt() {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      anyDirty() && currentLocation.pathname !== nextLocation.pathname && nextLocation.pathname !== '/ingresar',
  );
  const blocked = blocker.state === 'blocked';
  return (
    <Dialog opened={blocked} onClose={() => blocker.reset?.()} title={t('leaveGuard.title')}>
      <Stack>
        <Text size="sm">{t('leaveGuard.body')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
            {t('leaveGuard.stay')}
          </Button>
          <Button color="red.9" onClick={() => blocker.proceed?.()}>
            {t('leaveGuard.leave')}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
