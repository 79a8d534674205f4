// Entry point of the playground page (the UI issue builds it out).
import { createRoot } from 'react-dom/client';

function App() {
  return <main><h1>ukplay</h1><p>An AArch64 unikernel playground. The UI is under construction.</p></main>;
}

createRoot(document.getElementById('root')!).render(<App />);
