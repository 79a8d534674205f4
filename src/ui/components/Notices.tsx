// Problems said plainly: an image the monitor refuses (its exact words), a bad link, a
// failed action. They stay until dismissed or the next boot.
import { usePlayground, useSel } from '../hooks.tsx';

export function Notices() {
  const p = usePlayground();
  const loadError = useSel((s) => s.loadError);
  const notices = useSel((s) => s.notices);
  const catalogError = useSel((s) => s.catalogError);
  if (!loadError && notices.length === 0 && !catalogError) return null;
  return (
    <div className="notices">
      {catalogError && (
        <div className="notice bad" role="alert">
          {catalogError}
        </div>
      )}
      {loadError && (
        <div className="notice bad" role="alert" data-testid="load-error">
          <strong>The image was refused.</strong>
          <pre>{loadError}</pre>
          <button onClick={() => p.store.setState({ loadError: undefined })}>Dismiss</button>
        </div>
      )}
      {notices.length > 0 && (
        <div className="notice" role="status">
          <ul>
            {notices.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
          <button onClick={() => p.dismissNotices()}>Dismiss</button>
        </div>
      )}
    </div>
  );
}
