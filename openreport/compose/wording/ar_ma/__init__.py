"""Moroccan administrative Arabic: grammar (agreement, counts, honorifics) and dates."""
