import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { toServiceError } from '../../http/serviceError';
import { readAllItems } from './listItems';
import type { SiteLists } from './siteLists';

/**
 * Department id → its number, the name of its folder in every list with department folders.
 * Read once at first need; a failed read is not kept, so the next call tries again.
 */
export class DepartmentNumbers {
  private numbers: Promise<Map<number, string>> | undefined;

  public constructor(private readonly lists: SiteLists) {}

  public byId(): Promise<Map<number, string>> {
    if (!this.numbers) {
      this.numbers = readAllItems<Record<string, unknown>>(this.lists.list('Departments').items.select('Id', 'DepartmentNumber'))
        .then((rows) => new Map(rows.map((row) => [Number(row.Id), String(row.DepartmentNumber ?? '')])))
        .catch(async (error: unknown) => {
          this.numbers = undefined;
          throw await toServiceError(error);
        });
    }
    return this.numbers;
  }
}
