import * as React from 'react';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly data: T }
  | { readonly state: 'error'; readonly error: unknown };

/** Runs `load` when `key` changes; a result that arrives after a newer request started is dropped. */
export function useLoader<T>(load: () => Promise<T>, key: string): [Loaded<T>, () => void] {
  const [result, setResult] = React.useState<Loaded<T>>({ state: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let current = true;
    setResult({ state: 'loading' });
    load().then(
      (data) => current && setResult({ state: 'ready', data }),
      (error: unknown) => current && setResult({ state: 'error', error })
    );
    return () => {
      current = false;
    };
    // `load` is recreated on each render; `key` says when the data to load changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);
  return [result, () => setAttempt((n) => n + 1)];
}
