"""The PDF summary: the report model of ``core.report`` laid out on pages with Qt."""
