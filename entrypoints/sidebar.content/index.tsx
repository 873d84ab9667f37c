// STUB: the sidebar helper replaces this.
export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  main() {},
});
