import { CategoryScale, LinearScale, LineController, LineElement, PointElement } from 'chart.js';
import { drawerFor } from './draw.js';

export const drawChart = drawerFor(CategoryScale, LinearScale, LineController, LineElement, PointElement);
