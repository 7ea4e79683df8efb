/** A failure answered in SharePoint's own error JSON (`odata.error` light, `error` verbose). */
export class SpError extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly headers: Record<string, string> = {}
  ) {
    super(message);
  }
}

const clientQuery = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';

export const spErrors = {
  accessDenied: (): SpError =>
    new SpError(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied. You do not have permission to perform this action or access this resource.'),
  listNotFound: (name: string, webUrl: string): SpError =>
    new SpError(404, '-1, System.ArgumentException', `List '${name}' does not exist at site with URL '${webUrl}'.`),
  listNotFoundByUrl: (): SpError =>
    new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.'),
  itemNotFound: (): SpError =>
    new SpError(404, '-2130575338, Microsoft.SharePoint.SPException', 'Item does not exist. It may have been deleted by another user.'),
  fileNotFound: (): SpError => new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.'),
  fileExists: (url: string): SpError =>
    new SpError(400, '-2130575257, Microsoft.SharePoint.SPException', `A file with the name ${url} already exists. It was last modified by i:0#.f|membership|emulator on ${new Date(0).toISOString()}.`),
  fieldNotFound: (name: string): SpError =>
    new SpError(400, '-2147024809, System.ArgumentException', `Column '${name}' does not exist. It may have been deleted by another user.`),
  propertyNotFound: (name: string): SpError => new SpError(400, clientQuery, `The field or property '${name}' does not exist.`),
  propertyNotOnType: (name: string, type: string): SpError =>
    new SpError(400, clientQuery, `The property '${name}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`),
  projectionNeedsExpand: (path: string, field: string): SpError =>
    new SpError(
      400,
      '-2146232832, Microsoft.SharePoint.SPException',
      `The query to field '${path}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${field}.`
    ),
  invalidExpression: (expression: string, detail: string): SpError =>
    new SpError(400, clientQuery, `The expression "${expression}" is not valid. ${detail}`),
  badValue: (edmType: string): SpError =>
    new SpError(400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', `Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`),
  etagMismatch: (requested: string, current: string): SpError =>
    new SpError(412, '-1, Microsoft.SharePoint.Client.ClientServiceException', `The request ETag value '${requested}' does not match the object's ETag value '${current}'.`),
  duplicateValues: (): SpError =>
    new SpError(
      400,
      '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
      'The list item could not be added or updated because duplicate values were found in one or more fields in the list.'
    ),
  throttled: (): SpError =>
    new SpError(500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The attempted operation is prohibited because it exceeds the list view threshold.'),
  userNotFound: (login: string): SpError =>
    new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${login} could not be found.`),
  groupNotFound: (): SpError => new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.'),
  roleDefinitionNotFound: (): SpError =>
    new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'The role definition could not be found.'),
  notFound: (segment: string): SpError =>
    new SpError(404, '-1, Microsoft.SharePoint.Client.ResourceNotFoundException', `Cannot find resource for the request ${segment}.`),
  methodNotAllowed: (): SpError =>
    new SpError(405, '-1, Microsoft.SharePoint.Client.ClientServiceException', 'The HTTP method used is not supported for this resource.'),
  badRequest: (message: string): SpError => new SpError(400, clientQuery, message),
  invalidDigest: (): SpError =>
    new SpError(403, '-2130575252, Microsoft.SharePoint.SPException', 'The security validation for this page is invalid and might be corrupted. Please use your web browser\'s Back button to try your operation again.')
};
