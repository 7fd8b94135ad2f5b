"""mk3desk: PMQA 4.0 / KRS indicator work for Thai Educational Service Area Offices."""

__version__ = "0.1.0"
