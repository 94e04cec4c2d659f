"""Distributed engines for a batch run: the same articles in, the same JSONL records out."""
