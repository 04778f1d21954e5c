// `server-only` for server bundles outside React Server Components (see next.config.ts): nothing to guard.
