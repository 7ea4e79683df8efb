import { ServiceError, serviceMessageOf, toServiceError } from '../../../src/http/serviceError';

describe('service errors', () => {
  it("reads SharePoint's light and verbose error JSON and Graph's error JSON", () => {
    expect(serviceMessageOf({ 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied.' } } })).toEqual({
      code: '-2147024891, System.UnauthorizedAccessException',
      message: 'Access denied.'
    });
    expect(serviceMessageOf({ error: { code: 'x', message: { value: 'verbose' } } })).toEqual({ code: 'x', message: 'verbose' });
    expect(serviceMessageOf({ error: { code: 'ErrorItemNotFound', message: 'The specified object was not found in the store.' } })).toEqual({
      code: 'ErrorItemNotFound',
      message: 'The specified object was not found in the store.'
    });
    expect(serviceMessageOf({ error_description: 'Invalid JWT token.' })).toEqual({ message: 'Invalid JWT token.' });
    expect(serviceMessageOf('not json')).toEqual({});
  });

  it('keeps the status and message of a failed response', async () => {
    const response = new Response(JSON.stringify({ 'odata.error': { code: '-1, Microsoft.SharePoint.Client.ClientServiceException', message: { value: 'The request ETag value does not match the object\'s ETag value.' } } }), {
      status: 412,
      statusText: 'Precondition Failed'
    });
    const error = await toServiceError({ response });
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.status).toBe(412);
    expect(error.isConflict).toBe(true);
    expect(error.serviceMessage).toContain('ETag');
  });

  it('falls back to the status text when the body is not JSON (a proxy page)', async () => {
    const error = await toServiceError({ response: new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }) });
    expect(error.status).toBe(502);
    expect(error.serviceMessage).toBe('Bad Gateway');
  });

  it("keeps the Graph client's status code and error code", async () => {
    const error = await toServiceError({ statusCode: 429, code: 'TooManyRequests', message: 'Please retry again later.' });
    expect(error.status).toBe(429);
    expect(error.isThrottled).toBe(true);
    expect(error.code).toBe('TooManyRequests');
  });

  it('reports a network failure with status 0', async () => {
    const error = await toServiceError(new TypeError('fetch failed'));
    expect(error.status).toBe(0);
    expect(error.serviceMessage).toBe('fetch failed');
  });
});
