"""Save the whole model object; since PyTorch 2.6 a plain torch.load refuses to unpickle it."""
import pickle
import re

import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
torch.save(net, "net_full.pth")  # pickles the module object itself

try:
    torch.load("net_full.pth")  # (1)!
except pickle.UnpicklingError as error:
    lines = [re.sub(r"\x1b\[\d+m", "", line).strip() for line in str(error).splitlines()]  # (2)!
    print(lines[0])
    print(next(line for line in lines if "Unsupported global" in line).split(". ")[0])
