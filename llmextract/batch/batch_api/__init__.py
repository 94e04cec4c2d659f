"""The OpenAI Batch API as a run path: half the price, its own quota, answers within 24 hours."""
