/** What a new scenario starts from: runs offline as it is (scripted sides), with the real-model form in comments. */
export const scenarioTemplate = `# A scenario in YAML (JSON works too). The name is the field above.
turns: 3
budget: 4000
tokenizer: o200k_base   # or cl100k_base, estimate
policy: recent          # newest artifacts that fit the budget
agent:
  # Real models: "openai:gpt-4o-mini", "anthropic:claude-sonnet-4-5", "ollama:llama3.2", ...
  model: scripted
  system: |
    You are a concise assistant for a TypeScript project.
  script:
    - "Sessions live in a signed cookie; the server keeps nothing between requests."
    - "The cookie expires after 30 minutes without a request; the next request starts a new session."
    - "Rotate the signing secret by listing the new key first and keeping the old one until cookies expire."
human:
  model: scripted
  system: |
    You are a developer new to the project, asking short follow-up questions.
  opener: "How do sessions work here?"
  script:
    - "When does a session expire?"
    - "How do we rotate the signing secret?"
`;
