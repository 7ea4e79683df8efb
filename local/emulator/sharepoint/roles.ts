/** SharePoint's built-in permission levels with their ids and base permission masks (SP.BasePermissions). */
export interface RoleDefinition {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly roleTypeKind: number;
  readonly order: number;
  readonly hidden: boolean;
  readonly low: number;
  readonly high: number;
}

export const roleDefinitions: readonly RoleDefinition[] = [
  { id: 1073741829, name: 'Full Control', description: 'Has full control.', roleTypeKind: 5, order: 1, hidden: false, low: 4294967295, high: 2147483647 },
  { id: 1073741830, name: 'Edit', description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', roleTypeKind: 6, order: 48, hidden: false, low: 1011030767, high: 432 },
  { id: 1073741827, name: 'Contribute', description: 'Can view, add, update, and delete list items and documents.', roleTypeKind: 3, order: 64, hidden: false, low: 1011028719, high: 432 },
  { id: 1073741826, name: 'Read', description: 'Can view pages and list items and download documents.', roleTypeKind: 2, order: 128, hidden: false, low: 138612833, high: 176 },
  { id: 1073741825, name: 'Limited Access', description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.', roleTypeKind: 1, order: 160, hidden: true, low: 134287360, high: 0 }
];

/** Bits of SP.PermissionKind used by the emulator's checks (all in the low word). */
export const permission = {
  viewListItems: 1n,
  addListItems: 2n,
  editListItems: 4n,
  deleteListItems: 8n,
  managePermissions: 1n << 25n
} as const;

export function maskOf(role: RoleDefinition): bigint {
  return (BigInt(role.high) << 32n) | BigInt(role.low);
}

export function splitMask(mask: bigint): { High: string; Low: string } {
  return { High: String(mask >> 32n), Low: String(mask & 0xffffffffn) };
}
