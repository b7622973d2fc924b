"""Dilation 2 on a 5x5 input: the 3x3 kernel reads every other cell."""
import torch
from torch import nn

X = torch.arange(25.0).reshape(1, 1, 5, 5)
conv = nn.Conv2d(1, 1, kernel_size=3, dilation=2, bias=False)
with torch.no_grad():
    conv.weight.fill_(1.0)  # all-ones kernel: the output is a plain sum of the cells read
    y_hat = conv(X)
print(X[0, 0])
print(y_hat)  # (5 - 2*(3-1) - 1) // 1 + 1 = 1, so a 1x1 output
print(X[0, 0, ::2, ::2])  # the nine cells it read: rows 0, 2, 4 and columns 0, 2, 4
print(X[0, 0, ::2, ::2].sum())
