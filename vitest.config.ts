import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(__dirname, '.'),
      // 'server-only' throws outside a React Server environment; pure tests import modules that carry it
      'server-only': path.resolve(__dirname, 'lib/test/server-only-stub.ts'),
    },
  },
  test: { include: ['lib/**/*.test.ts', 'app/**/*.test.ts', 'components/**/*.test.ts', 'server/**/*.test.ts'], environment: 'node' },
});
