"""Results written for annotation tools: brat standoff and Label Studio tasks."""
