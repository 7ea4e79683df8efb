import * as React from 'react';

/**
 * Resolves in a later main-thread task, so the browser can paint and handle input in between.
 * Long work split at these points stays below the 200 ms a user notices as a stall.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** False on the first render, true from a later task on: lets a heavy part render in a task of its own. */
export function useShownInNextTask(): boolean {
  const [isShown, setShown] = React.useState(false);
  React.useEffect(() => {
    let isMounted = true;
    void nextTask().then(() => isMounted && setShown(true));
    return () => {
      isMounted = false;
    };
  }, []);
  return isShown;
}
