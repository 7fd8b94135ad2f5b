"""Qt Designer forms compiled by tools/build_ui.py. Do not edit by hand."""
