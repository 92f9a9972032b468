import { createRoot } from 'react-dom/client';
import { Rot } from './Rot';

const element = document.getElementById('rot');
if (element) createRoot(element).render(<Rot />);
