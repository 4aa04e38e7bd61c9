"""Settings shared by the whole suite.

Hypothesis' per-example deadline is a timing assertion, and the suite has none (timings are
measured in ``benchmarks/``, as ratios, never asserted): the machines are shared and a loaded
core made deadline failures that were not faults. Every profile turns it off.

In CI (``CI`` set, as ``.ci/run`` runs) the examples are derandomized, so a run is repeatable
and a red run names a reproducible fault; locally each run draws new examples, which is where
the fuzzing finds new faults.
"""

import os

from hypothesis import settings

settings.register_profile("local", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "local")
