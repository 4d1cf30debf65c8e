import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", ".tsbuild/**", "test-output/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    rules: {
      "no-eval": "error",
      "no-implied-eval": "error",
      "no-new-func": "error",
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "window", "document", "process", "Office", "Excel", "SpreadsheetApp", "console"],
      "no-restricted-imports": ["error", { patterns: ["node:*", "fs", "path", "../../addin/*", "../../appsscript/*", "../../cli/*"] }],
    },
  },
  {
    files: ["scripts/**/*.mjs", "test/bench/*.mjs", "*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
