import { BarController, BarElement, CategoryScale, Chart, LinearScale } from 'chart.js';

// One small module per chart type, so a page pays only for the chart it shows.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);
export { drawChart } from './draw.js';
