import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Ant Design's first render in a fresh DOM takes a while on a busy machine.
configure({ asyncUtilTimeout: 5000 });

// Testing Library unmounts after each test only by itself when test globals are on; they are not.
afterEach(() => {
  cleanup();
  localStorage.clear();
});
