"""TensorFlow and torch/torchvision can be imported in either order in every .venv process.

Importing TensorFlow before triton (loaded by torchvision and torch._dynamo) segfaults.
tools/dlnotes_load_order.py fixes the order for every Python started from .venv (a .pth
file written by noxfile.py loads it): tests, notebook kernels and `mkdocs serve` alike.
"""

import subprocess
import sys

DANGEROUS = "import tensorflow; import torchvision; import torch._dynamo; print('alive')"


def test_tensorflow_then_torchvision_does_not_crash():
    proc = subprocess.run([sys.executable, "-c", DANGEROUS], capture_output=True, text=True)
    assert proc.returncode == 0, f"exit {proc.returncode} (139 = segfault)\n{proc.stderr[-2000:]}"
    assert proc.stdout.strip() == "alive"


def test_every_process_of_the_environment_loads_the_fix():
    """A fresh interpreter (as `mkdocs serve` starts) has the hook before any import of ours."""
    proc = subprocess.run(
        [sys.executable, "-c", "import sys; print('dlnotes_load_order' in sys.modules)"],
        capture_output=True, text=True, check=True,
    )
    assert proc.stdout.strip() == "True"


def test_notebook_kernels_load_the_fix():
    from jupyter_client.manager import start_new_kernel

    outputs = []
    km, kc = start_new_kernel(kernel_name="python3")
    try:
        reply = kc.execute_interactive(
            "import sys; print('dlnotes_load_order' in sys.modules, sys.executable == %r)" % sys.executable,
            timeout=60, output_hook=outputs.append,
        )
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    assert reply["content"]["status"] == "ok"
    printed = "".join(m["content"].get("text", "") for m in outputs if m["msg_type"] == "stream")
    assert printed.strip() == "True True"

