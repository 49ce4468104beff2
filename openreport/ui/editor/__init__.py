"""The report editor and its sections (one module each: load, store, validate)."""
