import { BarController, BarElement, CategoryScale, LinearScale } from 'chart.js';
import { drawerFor } from './draw.js';

export const drawChart = drawerFor(BarController, BarElement, CategoryScale, LinearScale);
