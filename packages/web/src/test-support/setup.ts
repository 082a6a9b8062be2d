import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Ant Design's first render in a fresh DOM, and a lazily loaded chunk, take a while on a busy
// 2-core machine (CI runs two suites' worth of work beside the browser journeys).
configure({ asyncUtilTimeout: 10_000 });

// Testing Library unmounts after each test only by itself when test globals are on; they are not.
afterEach(() => {
  cleanup();
  localStorage.clear();
});
