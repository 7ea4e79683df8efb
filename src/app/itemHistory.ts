import { uiLanguage, type ListName } from '../domain';
import type { HistoryEntry } from '../domain/itemHistory';
import type { ProductServices } from './services';

/** The loader a "Verlauf" section calls: the item's history in the UI's language. */
export function itemHistoryLoader(services: Pick<ProductServices, 'history' | 'locale'>, list: ListName, id: number): () => Promise<HistoryEntry[]> {
  return () => services.history.history(list, id, uiLanguage(services.locale));
}
