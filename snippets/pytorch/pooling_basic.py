"""MaxPool2d on a 4x4 input: stride defaults to kernel_size, and there is nothing to learn."""
import torch
from torch import nn

X = torch.tensor([[1.0, 3.0, 2.0, 0.0],
                  [4.0, 6.0, 5.0, 7.0],
                  [8.0, 2.0, 0.0, 1.0],
                  [3.0, 5.0, 9.0, 4.0]]).reshape(1, 1, 4, 4)  # (batch, channels, H, W)

pool = nn.MaxPool2d(2)
print(pool)  # stride=2: it copied kernel_size
print(pool(X))  # the max of each non-overlapping 2x2 window
print(nn.MaxPool2d(2, stride=1)(X))  # stride 1: windows overlap, 3x3 output
print(len(list(pool.parameters())))  # no weights, no bias

values, indices = nn.MaxPool2d(2, return_indices=True)(X)
print(indices)  # where each max sat, as a flat index into the 4x4 plane
