"""Cross-correlation written from scratch, checked against nn.Conv2d."""
import torch
from torch import nn


def corr2d(X, K, stride=1):
    """Slide kernel K over the 2-D tensor X; each output is sum(window * K)."""
    k_h, k_w = K.shape
    h = (X.shape[0] - k_h) // stride + 1
    w = (X.shape[1] - k_w) // stride + 1
    Y = torch.zeros(h, w)
    for i in range(h):
        for j in range(w):
            window = X[i * stride:i * stride + k_h, j * stride:j * stride + k_w]
            Y[i, j] = (window * K).sum()
    return Y


X = torch.tensor([[0.0, 1.0, 2.0, 3.0],
                  [4.0, 5.0, 6.0, 7.0],
                  [8.0, 9.0, 10.0, 11.0]])
K = torch.tensor([[1.0, 0.0],
                  [2.0, -1.0]])
Y = corr2d(X, K)
print(Y)

conv = nn.Conv2d(1, 1, kernel_size=2)  # the framework's layer, given our kernel and b = 0.5
with torch.no_grad():
    conv.weight.copy_(K.reshape(1, 1, 2, 2))
    conv.bias.fill_(0.5)
    print(conv(X.reshape(1, 1, 3, 4)))
torch.testing.assert_close(conv(X.reshape(1, 1, 3, 4))[0, 0], Y + 0.5)

torch.manual_seed(0)  # and a fresh layer: random 3x3 kernel, random bias, random input
conv3 = nn.Conv2d(1, 1, kernel_size=3)
X_rand = torch.randn(6, 7)
with torch.no_grad():
    y_hat = conv3(X_rand.reshape(1, 1, 6, 7))[0, 0]
    mine = corr2d(X_rand, conv3.weight[0, 0]) + conv3.bias
torch.testing.assert_close(mine, y_hat)
print(tuple(mine.shape), tuple(y_hat.shape))
