"""Plain-text operations below every stage: chunking long articles, finding words written whole."""
