"""Max and average pooling written from scratch, checked against nn.MaxPool2d and nn.AvgPool2d."""
import torch
from torch import nn


def pool2d(X, k, stride, mode="max"):
    """Slide a k x k window over the 2-D tensor X; each output is the window's max or mean."""
    h = (X.shape[0] - k) // stride + 1
    w = (X.shape[1] - k) // stride + 1
    Y = torch.zeros(h, w)
    for i in range(h):
        for j in range(w):
            window = X[i * stride:i * stride + k, j * stride:j * stride + k]
            Y[i, j] = window.max() if mode == "max" else window.mean()
    return Y


X = torch.arange(16.0).reshape(4, 4)
print(pool2d(X, 2, stride=2, mode="max"))
print(pool2d(X, 2, stride=2, mode="avg"))

torch.manual_seed(0)
X_rand = torch.randn(2, 7, 9)  # 2 channels: pooling treats each one on its own
for k, s in [(2, 2), (3, 1), (3, 2)]:
    shapes = []
    for mode, layer in [("max", nn.MaxPool2d(k, stride=s)), ("avg", nn.AvgPool2d(k, stride=s))]:
        y_hat = layer(X_rand)
        mine = torch.stack([pool2d(X_rand[c], k, s, mode) for c in range(2)])
        torch.testing.assert_close(mine, y_hat)
        shapes.append(tuple(mine.shape))
    print(f"k={k} s={s}: max {shapes[0]}, avg {shapes[1]}")
