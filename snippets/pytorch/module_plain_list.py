"""Layers kept in a plain Python list are not registered; nn.ModuleList registers them."""
from torch import nn


class PlainList(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(4, 8), nn.Linear(8, 3)]  # hidden from nn.Module


class Registered(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(4, 8), nn.Linear(8, 3)])


for net in (PlainList(), Registered()):
    num_params = sum(p.numel() for p in net.parameters())
    print(type(net).__name__, num_params)
