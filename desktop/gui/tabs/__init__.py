"""One module per tab. Each tab is built for one open workspace and refreshed when the date changes."""
