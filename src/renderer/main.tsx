import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { StartScreen } from './app/StartScreen';
import { listenToDesktopMenu } from './api/desktop-bridge';
import './styles.css';

listenToDesktopMenu();

createRoot(document.getElementById('root')!).render(
  <StrictMode>{window.location.hash === '#start' ? <StartScreen /> : <App />}</StrictMode>,
);
