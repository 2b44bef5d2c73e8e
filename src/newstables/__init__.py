"""newstables: English news articles turned into a validated Frictionless data package.

`newstables.load(path)` reads a published package (folder or zip) into typed pandas DataFrames.
"""

from .load import load

__all__ = ["load"]
