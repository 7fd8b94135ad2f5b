"""Bundle only the pythainlp data mk3desk uses, not its 63 MB corpus (models, taggers, word lists).

mk3desk takes one thing from pythainlp: ``corpus.thai_words()`` (``words_th.txt``), for its own
newmm port (mk3desk/domain/thaiwords.py, wordcut.py). It reads the merged list it ships
(resources/dictionaries/thai_words.txt) after checking its first line against the SHA-256 of
``words_th.txt`` (mk3desk/domain/wordcut_words.py), so that file stays. Importing pythainlp reads
``stopwords_th.txt``; ``default_db.json`` is its catalogue of corpora (7 KB), kept for safety.
"""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files(
    "pythainlp",
    includes=["corpus/words_th.txt", "corpus/stopwords_th.txt", "corpus/default_db.json"],
)
