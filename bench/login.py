"""How long one login takes: Argon2id verification with mk3desk's parameters.

The parameters (services/accounts.py: TIME_COST, MEMORY_KIB, PARALLELISM) are chosen so
one verification takes 0.2–0.5 s on an office PC: slow enough that guessing passwords
from a copied database file is costly, quick enough not to be noticed at login. Prints
the median of a few verifications here, and the same for the library's defaults as a
baseline measured in the same run. Asserts nothing.

    python3 bench/login.py
"""

from __future__ import annotations

import statistics
import time

from argon2 import PasswordHasher

from mk3desk.services import accounts

ROUNDS = 7


def median_verify(hasher: PasswordHasher) -> float:
    stored = hasher.hash("รหัสผ่านทดสอบ-1234")
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        hasher.verify(stored, "รหัสผ่านทดสอบ-1234")
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    ours = median_verify(accounts.HASHER)
    baseline = median_verify(PasswordHasher())
    print(
        f"mk3desk Argon2id (t={accounts.TIME_COST}, m={accounts.MEMORY_KIB // 1024} MiB, "
        f"p={accounts.PARALLELISM}): {ours:.3f} s per login"
    )
    print(f"argon2-cffi defaults (baseline): {baseline:.3f} s")
    print("aim: 0.2–0.5 s on an office PC")


if __name__ == "__main__":
    main()
