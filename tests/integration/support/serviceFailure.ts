import { ServiceError, toServiceError } from '../../../src/http/serviceError';

/** The ServiceError a call fails with; a call that succeeds fails the test. */
export async function failureOf(promise: Promise<unknown>): Promise<ServiceError> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => (error instanceof ServiceError ? error : toServiceError(error))
  );
}
