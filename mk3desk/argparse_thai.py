"""argparse's own words in Thai: "usage", "options", "-h" and its refusals.

The command line (``mk3desk COMMAND``) and the program's start-up options speak Thai,
but argparse wrote its own part in English: ``usage:``, ``options:``, "show this help
message and exit", and every refusal ("error: the following arguments are required:
--year, --out"). argparse looks each of these up through the names ``_`` and
``ngettext`` it imported from :mod:`gettext` (every Python since 3.2). gettext would
choose the language from ``LANGUAGE``/``LANG``, which Windows does not set, and needs a
compiled catalogue; the command line is Thai whatever the environment says, so
:func:`install` points those two names of the argparse module at :data:`THAI`.

This leans on argparse's internals: ``tests/test_cli_argparse_thai.py`` fails when a
message here is no longer one of argparse's (a newer Python reworded it) or when
argparse stops looking its words up through these names. Messages not listed (a
programming error in building a parser) stay in English.
"""

from __future__ import annotations

import argparse

# argparse's message -> Thai. The %-placeholders are kept as they are.
THAI: dict[str, str] = {
    "usage: ": "วิธีใช้: ",
    "positional arguments": "ค่าที่ต้องให้ตามลำดับ",
    "options": "ตัวเลือก",
    "show this help message and exit": "แสดงคำอธิบายนี้แล้วจบ",
    "show program's version number and exit": "แสดงรุ่นของโปรแกรมแล้วจบ",
    "%(prog)s: error: %(message)s\n": "%(prog)s: ผิดพลาด: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "the following arguments are required: %s": "ยังไม่ได้ระบุ %s",
    "one of the arguments %s is required": "ต้องระบุอย่างใดอย่างหนึ่งใน %s",
    "unrecognized arguments: %s": "ไม่รู้จัก %s",
    "not allowed with argument %s": "ใช้ร่วมกับ %s ไม่ได้",
    "ignored explicit argument %r": "ตัวเลือกนี้ไม่รับค่า %r",
    "expected one argument": "ต้องตามด้วยค่าหนึ่งค่า",
    "expected at most one argument": "ตามด้วยค่าได้ไม่เกินหนึ่งค่า",
    "expected at least one argument": "ต้องตามด้วยค่าอย่างน้อยหนึ่งค่า",
    "ambiguous option: %(option)s could match %(matches)s": (
        "ตัวเลือก %(option)s ไม่ชัดเจน อาจหมายถึง %(matches)s"
    ),
    # The type's name is Python's ("int"): the option's own help says what it takes.
    "invalid %(type)s value: %(value)r": "ค่า %(value)r ใช้ไม่ได้ — ดูคำอธิบายด้วย -h",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ไม่มี %(value)r ให้เลือก (เลือกได้จาก %(choices)s)"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "ไม่มีคำสั่ง %(parser_name)r (คำสั่งที่มี: %(choices)s)"
    ),
}

# (singular, plural) -> Thai, which has one form for every count.
THAI_PLURALS: dict[tuple[str, str], str] = {
    ("expected %s argument", "expected %s arguments"): "ต้องตามด้วยค่า %s ค่า",
}


def thai(message: str) -> str:
    """*message* of argparse in Thai, or as it is when it is not listed."""
    return THAI.get(message, message)


def thai_plural(singular: str, plural: str, count: int) -> str:
    found = THAI_PLURALS.get((singular, plural))
    if found is not None:
        return found
    return singular if count == 1 else plural


def install() -> None:
    """From now on argparse writes its words in Thai (in this process; idempotent).
    Call it before building a parser: the section titles and ``-h``'s help are looked up
    when the parser is made."""
    setattr(argparse, "_", thai)  # noqa: B010 - argparse's own lookup name, see above
    setattr(argparse, "ngettext", thai_plural)  # noqa: B010
