"""Parts of the Reports page: the PDF preview, printing, and the generation worker."""
