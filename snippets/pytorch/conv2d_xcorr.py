"""A hand-set 2x2 kernel on a 4x4 input: Conv2d computes a cross-correlation."""
import torch
from torch import nn

X = torch.tensor([[1.0, 2.0, 0.0, 1.0],
                  [0.0, 1.0, 3.0, 1.0],
                  [2.0, 1.0, 0.0, 0.0],
                  [1.0, 0.0, 1.0, 2.0]]).reshape(1, 1, 4, 4)
K = torch.tensor([[1.0, 2.0],
                  [0.0, -1.0]])

conv = nn.Conv2d(1, 1, kernel_size=2, bias=False)
try:
    conv.weight.copy_(K.reshape(1, 1, 2, 2))  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
with torch.no_grad():  # (2)!
    conv.weight.copy_(K.reshape(1, 1, 2, 2))  # weight shape is (out, in, kH, kW)
    y_hat = conv(X)
print(conv.weight.requires_grad)  # still a trainable parameter
print(y_hat)

# the same by hand: slide K over X, multiply element-wise, sum
Y = torch.zeros(3, 3)
for i in range(3):
    for j in range(3):
        Y[i, j] = (X[0, 0, i:i + 2, j:j + 2] * K).sum()
print(Y)
print(torch.equal(Y, y_hat[0, 0]))
