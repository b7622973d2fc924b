"""AvgPool2d for contrast: the mean of each window instead of the max."""
import torch
from torch import nn

X = torch.tensor([[1.0, 3.0, 2.0, 0.0],
                  [4.0, 6.0, 5.0, 7.0],
                  [8.0, 2.0, 0.0, 1.0],
                  [3.0, 5.0, 9.0, 4.0]]).reshape(1, 1, 4, 4)

print(nn.AvgPool2d(2)(X))  # top-left: (1 + 3 + 4 + 6) / 4 = 3.5
print(nn.AvgPool2d(3, stride=2, padding=1)(X))  # padded zeros count in the mean ...
print(nn.AvgPool2d(3, stride=2, padding=1, count_include_pad=False)(X))  # ... unless told not
