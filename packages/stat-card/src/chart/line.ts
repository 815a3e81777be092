import { CategoryScale, Chart, LinearScale, LineController, LineElement, PointElement } from 'chart.js';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale);
export { drawChart } from './draw.js';
