"""The PDF summary: the report model of ``core.summary`` laid out on pages with Qt."""
