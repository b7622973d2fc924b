"""LeNet-5 sized for 8x8 digits, with a per-layer table checked against the size formula."""
from collections import OrderedDict

import torch
from torch import nn


def lenet():
    """A freshly initialized LeNet for 8x8 images."""
    return nn.Sequential(OrderedDict([  # layer names as in the LeNet-5 paper
        ("C1", nn.Conv2d(1, 6, kernel_size=5, padding=2)), ("relu1", nn.ReLU()),
        ("S2", nn.MaxPool2d(2)),
        ("C3", nn.Conv2d(6, 16, kernel_size=5, padding=2)), ("relu3", nn.ReLU()),
        ("S4", nn.MaxPool2d(2)),
        ("C5", nn.Conv2d(16, 120, kernel_size=2)), ("relu5", nn.ReLU()),  # covers the whole 2x2 map
        ("flatten", nn.Flatten()),
        ("F6", nn.Linear(120, 84)), ("relu6", nn.ReLU()),
        ("output", nn.Linear(84, 10)),  # one score per digit
    ])).to(torch.float64)  # double precision: see the training section


torch.manual_seed(0)
net = lenet()


def first(v):
    """Conv2d stores kernel_size=(5, 5), MaxPool2d stores 2: take the height."""
    return v if isinstance(v, int) else v[0]


X = torch.zeros(1, 1, 8, 8, dtype=torch.float64)
h, r, j = 8, 1, 1  # height by the formula, receptive field, jump
print(f"{'layer':<8} {'output shape':<16} {'params':>6} {'r':>3}")
for name, layer in net.named_children():
    X = layer(X)
    if isinstance(layer, (nn.Conv2d, nn.MaxPool2d)):
        k, s, pad = first(layer.kernel_size), first(layer.stride), first(layer.padding)
        h = (h + 2 * pad - k) // s + 1  # output-size formula
        r, j = r + (k - 1) * j, j * s  # receptive-field recurrence
        assert X.shape[-2:] == (h, h)
    num_params = sum(p.numel() for p in layer.parameters())
    print(f"{name:<8} {str(tuple(X.shape)):<16} {num_params:>6} {r:>3}")
print("total parameters:", sum(p.numel() for p in net.parameters()))
