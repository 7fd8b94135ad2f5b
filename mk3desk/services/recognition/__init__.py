"""Recognition (K – Kindness): one module per user action.

:mod:`.save` (add or delete a praise or award), :mod:`.certificates` (issue
certificates from recognitions, numbered in the year's register) and :mod:`.read`
(the lists the window and the CLI show). Every write is audited and needs the
``recognition.edit`` right (coordinator and executives).
"""
