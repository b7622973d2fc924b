"""Dilation 2 on a 5x5 input: the 3x3 kernel reads every other cell."""
import torch
from torch import nn

X = torch.arange(25.0).reshape(1, 1, 5, 5)
conv = nn.Conv2d(1, 1, kernel_size=3, dilation=2, bias=False)
with torch.no_grad():
    conv.weight.fill_(1.0)  # (1)!
    y_hat = conv(X)
print(X[0, 0])
print(y_hat)  # (2)!
print(X[0, 0, ::2, ::2])  # (3)!
print(X[0, 0, ::2, ::2].sum())
