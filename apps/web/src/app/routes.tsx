import { createBrowserRouter } from 'react-router';
import { AgendaPage } from '../pages/agenda-page.js';
import { HomePage } from '../pages/home-page.js';
import { NotFoundPage } from '../pages/not-found-page.js';
import { ProvincesPage } from '../pages/provinces-page.js';
import { Shell } from './shell.js';

export const router = createBrowserRouter([
  {
    element: <Shell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'agenda', element: <AgendaPage /> },
      { path: 'provincias', element: <ProvincesPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
