"""Import triton before TensorFlow, so that both can live in one process.

With torch 2.14 (which brings triton) and TensorFlow 2.21 in one environment, importing
TensorFlow first and then anything that loads triton (`import torchvision`,
`torch._dynamo`, `torch.compile`) kills the process with a segmentation fault (exit 139).
The other order is fine. This module fixes the order once, for every Python started from
the project's environment: noxfile.py writes a `.pth` file into `.venv` that imports it,
so tests, notebook kernels and `mkdocs serve` are all covered.

It installs an import hook that, the first time `tensorflow` is imported, imports
`triton` first (about 0.1 s; torch itself is not imported). Set DLNOTES_NO_LOAD_ORDER=1
to switch it off (to see the crash).
"""

import importlib.abc
import os
import sys


class _TritonFirst(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        if fullname != "tensorflow":
            return None
        sys.meta_path.remove(self)  # once is enough
        if "triton" not in sys.modules:
            try:
                import triton  # noqa: F401
            except ImportError:  # no triton, no crash
                pass
        return None  # let the normal finders import tensorflow


def install():
    if os.environ.get("DLNOTES_NO_LOAD_ORDER"):
        return
    if "tensorflow" in sys.modules:
        return
    if not any(isinstance(f, _TritonFirst) for f in sys.meta_path):
        sys.meta_path.insert(0, _TritonFirst())


install()
