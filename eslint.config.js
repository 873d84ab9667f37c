import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.output/',
      '.output-*/',
      '.wxt/',
      'dist/',
      'test-results/',
      'playwright-report/',
      'tests/fixtures/vendor/',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Klartext never talks to a server: keep network APIs out of product code.
      'no-restricted-globals': [
        'error',
        { name: 'XMLHttpRequest', message: 'Klartext sends nothing off the device.' },
        { name: 'WebSocket', message: 'Klartext sends nothing off the device.' },
        { name: 'EventSource', message: 'Klartext sends nothing off the device.' },
      ],
    },
  },
);
