"""How stride and padding (int, (padH, padW), 'same', 'valid') change the output shape."""
import torch
from torch import nn

X = torch.zeros(1, 1, 8, 8)

print(nn.Conv2d(1, 1, 3, stride=2)(X).shape)  # (8 - 3) // 2 + 1 = 3
print(nn.Conv2d(1, 1, 3, stride=(1, 2))(X).shape)  # (strideH, strideW)
print(nn.Conv2d(1, 1, 3, padding=1)(X).shape)  # one ring of zeros: size kept
print(nn.Conv2d(1, 1, 3, padding=(2, 0))(X).shape)  # (padH, padW): 2 rows top and bottom
print(nn.Conv2d(1, 1, (3, 5), padding="same")(X).shape)  # PyTorch works out the padding
print(nn.Conv2d(1, 1, 3, padding="valid")(X).shape)  # 'valid' means no padding at all

X = torch.zeros(1, 3, 32, 32)
print(nn.Conv2d(3, 32, 5, padding=2)(X).shape)  # odd k, stride 1: padding (k - 1) / 2 keeps size

try:
    nn.Conv2d(1, 1, 3, stride=2, padding="same")
except ValueError as e:
    print("ValueError:", e)
