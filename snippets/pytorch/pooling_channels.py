"""Pooling works on each channel separately: channels stay, height and width shrink."""
import torch
from torch import nn

X = torch.arange(400.0).reshape(1, 1, 20, 20)
print(nn.MaxPool2d(10)(X))  # a 20x20 input with 10x10 windows gives 2x2
print(nn.MaxPool2d(10, stride=1)(X).shape)  # with stride 1 it would be 11x11

X = torch.zeros(8, 32, 32, 32)  # a batch of 8 with 32 channels
print(nn.MaxPool2d(2)(X).shape)
