import { createBrowserRouter } from 'react-router';
import { AccountPage } from '../pages/account-page.js';
import { ActionItemPage } from '../pages/action-item-page.js';
import { CommitmentsPage } from '../pages/commitments-page.js';
import { ConsolidationPage } from '../pages/consolidation-page.js';
import { DashboardPage } from '../pages/dashboard-page.js';
import { DocumentPage } from '../pages/document-page.js';
import { DocumentsPage } from '../pages/documents-page.js';
import { ProposeActionItemPage } from '../pages/propose-action-item-page.js';
import { RoadmapPage } from '../pages/roadmap-page.js';
import { SearchPage } from '../pages/search-page.js';
import { AgendaPage } from '../pages/agenda-page.js';
import { ConversatorioPage } from '../pages/conversatorio-page.js';
import { ConversatoriosPage } from '../pages/conversatorios-page.js';
import { HomePage } from '../pages/home-page.js';
import { MemoriaPage } from '../pages/memoria-page.js';
import { NotFoundPage } from '../pages/not-found-page.js';
import { NotificationsPage } from '../pages/notifications-page.js';
import { OrganizationsPage } from '../pages/organizations-page.js';
import { PeoplePage } from '../pages/people-page.js';
import { ProgrammeAdminPage } from '../pages/programme-admin-page.js';
import { ProvincesPage } from '../pages/provinces-page.js';
import { SetPasswordPage } from '../pages/set-password-page.js';
import { SignInPage } from '../pages/sign-in-page.js';
import { Shell } from './shell.js';

export const router = createBrowserRouter([
  {
    element: <Shell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'agenda', element: <AgendaPage /> },
      { path: 'provincias', element: <ProvincesPage /> },
      { path: 'conversatorios', element: <ConversatoriosPage /> },
      { path: 'conversatorios/:id', element: <ConversatorioPage /> },
      { path: 'hoja-de-ruta', element: <RoadmapPage /> },
      { path: 'hoja-de-ruta/nueva', element: <ProposeActionItemPage /> },
      { path: 'hoja-de-ruta/:id', element: <ActionItemPage /> },
      { path: 'tablero', element: <DashboardPage /> },
      { path: 'documentos', element: <DocumentsPage /> },
      { path: 'documentos/:id', element: <DocumentPage /> },
      { path: 'buscar', element: <SearchPage /> },
      { path: 'memoria', element: <MemoriaPage /> },
      { path: 'consolidacion', element: <ConsolidationPage /> },
      { path: 'compromisos', element: <CommitmentsPage /> },
      { path: 'ingresar', element: <SignInPage /> },
      { path: 'definir-contrasena/:token', element: <SetPasswordPage /> },
      { path: 'cuenta', element: <AccountPage /> },
      { path: 'avisos', element: <NotificationsPage /> },
      { path: 'organizaciones', element: <OrganizationsPage /> },
      { path: 'personas', element: <PeoplePage /> },
      { path: 'programa', element: <ProgrammeAdminPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
