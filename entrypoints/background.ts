// STUB: the sidebar helper replaces this with the typed message router.
export default defineBackground(() => {});
