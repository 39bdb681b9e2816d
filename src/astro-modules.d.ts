// `astro check` types .astro imports through Astro's language server; plain TypeScript (the
// project service ESLint's type-checked rules use) cannot read .astro files. This tells it what
// such an import is, so .ts modules that import components are type-checked rather than `any`.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
