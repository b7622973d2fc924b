"""Check that PyTorch imports, see which build it is, and compute something small."""
from importlib.metadata import version

import torch

print(torch.__version__)  # version + build, e.g. '2.14.1+cu130' or '2.14.1+cpu'
print(version("torch"))  # what pip calls the package (pip show torch): no build suffix here
print(torch.version.cuda)  # CUDA version the build was made for; None for a CPU build

X = torch.ones(2, 3)
print(X @ X.T)  # a tiny matrix product: X times its transpose
