import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the committed, code-first schema. `documentMode: 'string'` keeps the
// GraphQL text in the bundle instead of ASTs, so no graphql-js printer is shipped to the browser.
const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        // strictScalars: a new scalar in the schema fails codegen until it is mapped here.
        scalars: { DateTime: 'string', LocalDate: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
