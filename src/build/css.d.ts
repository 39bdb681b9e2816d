// esbuild loads .css as text in the embed bundles (src/build/bundle.ts).
declare module '*.css' {
  const text: string;
  export default text;
}
