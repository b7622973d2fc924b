"""Dilation in MaxPool2d: a 2x2 window that reads cells two apart."""
import torch
from torch import nn

X = torch.tensor([[1.0, 3.0, 2.0, 0.0],
                  [4.0, 6.0, 5.0, 7.0],
                  [8.0, 2.0, 0.0, 1.0],
                  [3.0, 5.0, 9.0, 4.0]]).reshape(1, 1, 4, 4)

print(nn.MaxPool2d(2, stride=1, dilation=2)(X))  # top-left: max(1, 2, 8, 0) = 8
