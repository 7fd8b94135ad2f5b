"""Bundle only the pythainlp data mk3desk uses (the word list for newmm), not its 60 MB corpus."""

from PyInstaller.utils.hooks import collect_data_files

datas = collect_data_files(
    "pythainlp",
    includes=["corpus/words_th.txt", "corpus/stopwords_th.txt", "corpus/default_db.json"],
)
