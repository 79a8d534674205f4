// The top bar: what is running, the guest picker, own images, the share link, the theme.
import { useState } from 'react';
import { usePlayground, useSel } from '../hooks.tsx';
import { FileButton } from './GuestPicker.tsx';

export function Header() {
  const p = usePlayground();
  const title = useSel((s) => (s.upload ? s.upload.name : s.catalog.find((g) => g.name === s.config.guest)?.title ?? s.config.guest ?? ''));
  const theme = useSel((s) => s.theme);
  const [shared, setShared] = useState('');
  const share = async () => {
    p.syncUrl();
    try {
      await navigator.clipboard.writeText(location.href);
      setShared('link copied');
    } catch {
      setShared('copy the address bar');
    }
    setTimeout(() => setShared(''), 2500);
  };
  return (
    <header className="header">
      <h1>
        ukplay <span className="tagline">unikernels on an AArch64 machine in your browser</span>
      </h1>
      <span className="spacer" />
      <button className="guest-button" onClick={() => p.store.setState({ pickerOpen: true })} aria-haspopup="dialog" data-testid="guest-button">
        Guest: <strong>{title || '…'}</strong> ▾
      </button>
      <FileButton />
      <button onClick={() => void share()} title="Copy a link to this guest and these options">
        Share link
      </button>
      <span className="hint" role="status">
        {shared}
      </span>
      <button
        onClick={() => {
          const next = theme === 'dark' ? 'light' : 'dark';
          localStorage.setItem('ukplay-theme', next);
          p.store.setState({ theme: next });
        }}
        aria-label={`Switch to the ${theme === 'dark' ? 'light' : 'dark'} theme`}
      >
        {theme === 'dark' ? '☀ Light' : '☾ Dark'}
      </button>
    </header>
  );
}
