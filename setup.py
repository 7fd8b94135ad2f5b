"""Ship the top-level resources/ and i18n/ inside the installed package.

The repository keeps them at the top level (fonts, templates, the office-word list,
translations); `pip install .` copies them into ``mk3desk/_data/`` where
``mk3desk.paths`` finds them. Everything else about the package is in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SHIPPED = {"resources": ("**/*",), "i18n": ("*.qm", "*.ts")}


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "mk3desk" / "_data"
        for folder, patterns in SHIPPED.items():
            for pattern in patterns:
                for source in (ROOT / folder).glob(pattern):
                    if source.is_file():
                        destination = target / source.relative_to(ROOT)
                        destination.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copy2(source, destination)


setup(cmdclass={"build_py": BuildWithData})
