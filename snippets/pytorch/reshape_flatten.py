"""nn.Flatten keeps the batch dim by default (start_dim=1); torch.flatten starts at 0."""
import torch
from torch import nn

X = torch.ones(64, 3, 32, 32)  # a batch of 64 RGB images, 32x32 pixels
print(nn.Flatten()(X).shape)  # (1)!
print(nn.Flatten(start_dim=0)(X).shape)  # (2)!

print(torch.flatten(X).shape)  # (3)!
print(torch.flatten(X, start_dim=1).shape)  # what nn.Flatten() does
