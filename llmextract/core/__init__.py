"""The bottom layer every stage shares: the answer types."""
