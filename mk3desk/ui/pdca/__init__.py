"""The work screen for one indicator, split by PDCA step (see work_screen.WorkScreen)."""
