"""A module without forward fails as soon as it is called."""
import torch
from torch import nn


class NoForward(nn.Module):
    pass


net = NoForward()  # creating it works ...
try:
    net(torch.ones(2))  # ... calling it does not
except NotImplementedError as err:
    print(type(err).__name__, err)
