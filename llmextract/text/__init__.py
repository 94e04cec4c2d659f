"""Plain-text operations below every stage: chunking long articles."""
