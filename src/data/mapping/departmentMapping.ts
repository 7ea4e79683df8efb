import type { Contact, Department } from '../../domain';
import { isTrue, numberOr, optionalNumber, optionalText, text } from './spValues';

type Row = Record<string, unknown>;

export function toDepartment(row: Row): Department {
  return { id: numberOr(row.Id, 0), number: text(row.DepartmentNumber), name: text(row.Title), groupName: text(row.GroupName) };
}

export function toContact(row: Row): Contact {
  const user = row.ContactUser as { Title?: string; EMail?: string } | undefined;
  const userId = optionalNumber(row.ContactUserId);
  return {
    id: numberOr(row.Id, 0),
    name: text(row.Title),
    user: userId === undefined ? undefined : { id: userId, displayName: text(user?.Title), email: optionalText(user?.EMail) },
    email: optionalText(row.Email),
    phone: optionalText(row.Phone),
    departmentId: numberOr(row.DepartmentId, 0),
    isPrimary: isTrue(row.IsPrimary)
  };
}
