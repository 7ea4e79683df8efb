import * as React from 'react';

/**
 * A component whose code is fetched when it first renders (React.lazy for a named export): a web
 * part's class stays small in the shared bundle, and its view comes as its own chunk.
 */
export function lazyComponent<P>(load: () => Promise<React.ComponentType<P>>): React.LazyExoticComponent<React.ComponentType<P>> {
  return React.lazy(async () => ({ default: await load() }));
}
