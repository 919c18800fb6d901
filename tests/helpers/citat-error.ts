/** The CitatError a call throws; fails the test when it throws nothing or another error. */
import { CitatError } from '../../src/main/backend/errors';

export function errorOf(run: () => unknown): CitatError {
  try {
    run();
  } catch (error) {
    if (error instanceof CitatError) return error;
    throw error;
  }
  throw new Error('expected a CitatError');
}
