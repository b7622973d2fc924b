"""kernel 3, stride 2 on a 4x4 input: ceil_mode, padding (with -inf) and its limit."""
import torch
from torch import nn

X = torch.tensor([[1.0, 3.0, 2.0, 0.0],
                  [4.0, 6.0, 5.0, 7.0],
                  [8.0, 2.0, 0.0, 1.0],
                  [3.0, 5.0, 9.0, 4.0]]).reshape(1, 1, 4, 4)

print(nn.MaxPool2d(3, stride=2)(X))  # floor: only the full window at the top-left
print(nn.MaxPool2d(3, stride=2, ceil_mode=True)(X))  # ceil: partial windows are kept
print(nn.MaxPool2d(3, stride=2, padding=1)(X))  # one ring of padding on every side
print(nn.MaxPool2d(3, stride=2, padding=1)(X - 10))  # all negative: -inf padding never wins

try:
    nn.MaxPool2d(2, padding=2)(X)  # padding may be at most kernel_size / 2
except RuntimeError as e:
    print("RuntimeError:", e)
