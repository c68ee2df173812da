import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/errors';
import { refusalOf } from './refusal';

describe('the reason a bundle was refused', () => {
  it('is read from the detail the backend gives', () => {
    expect(refusalOf(new ApiError('BUNDLE', 'bundle refused: replayed', [{ path: 'bundle', message: 'replayed' }]))).toBe('replayed');
    expect(refusalOf(new ApiError('BUNDLE', 'bundle refused: version', [{ path: 'bundle', message: 'version: 2' }]))).toBe('version');
    expect(refusalOf(new ApiError('BUNDLE', 'x', [{ path: 'bundle', message: 'something else' }]))).toBeNull();
    expect(refusalOf(new ApiError('UNRESOLVED', 'x'))).toBeNull();
    expect(refusalOf(new Error('x'))).toBeNull();
  });
});
