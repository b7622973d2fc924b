"""kernel 3, stride 2 on a 4x4 input: ceil_mode, padding (with -inf) and its limit."""
import torch
import torch.nn.functional as F
from torch import nn

X = torch.tensor([[1.0, 3.0, 2.0, 0.0],
                  [4.0, 6.0, 5.0, 7.0],
                  [8.0, 2.0, 0.0, 1.0],
                  [3.0, 5.0, 9.0, 4.0]]).reshape(1, 1, 4, 4)

print(nn.MaxPool2d(3, stride=2)(X))  # floor: only the full window at the top-left
print(nn.MaxPool2d(3, stride=2, ceil_mode=True)(X))  # ceil: partial windows are kept
print(nn.MaxPool2d(3, stride=2, padding=1)(X))  # one ring of padding on every side

X_neg = X - 10  # every value negative
print(nn.MaxPool2d(3, stride=2, padding=1)(X_neg))  # -inf padding never wins
X_zero_padded = F.pad(X_neg, (1, 1, 1, 1))  # one ring of zeros: (left, right, top, bottom)
print(nn.MaxPool2d(3, stride=2)(X_zero_padded))  # the windows that touch the ring give 0

try:
    nn.MaxPool2d(2, padding=2)(X)  # padding may be at most kernel_size / 2
except RuntimeError as e:
    print("RuntimeError:", e)
