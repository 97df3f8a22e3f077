// `npm run dev`: API with watch mode and the Vite dev server (hot reload) side by side.
import { spawn } from 'node:child_process';

const children = [
  spawn('npx', ['nest', 'start', 'api', '--watch'], { stdio: 'inherit' }),
  spawn('npm', ['run', 'dev', '-w', 'apps/web'], { stdio: 'inherit' }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && stop());
