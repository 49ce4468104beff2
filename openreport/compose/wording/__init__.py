"""How a report's sentences are said, one package per language and country."""
