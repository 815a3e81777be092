import { ArcElement, DoughnutController } from 'chart.js';
import { drawerFor } from './draw.js';

export const drawChart = drawerFor(ArcElement, DoughnutController);
