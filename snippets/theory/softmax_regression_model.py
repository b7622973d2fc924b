"""Check the scores O = X W^T + b of nn.Linear on digit images: a row of q = 10 scores per image."""
import torch
from sklearn.datasets import load_digits
from torch import nn

digits = load_digits()
X = torch.tensor(digits.data[:5], dtype=torch.float32) / 16  # 5 images, 64 pixels each, in [0, 1]

torch.manual_seed(0)
net = nn.Linear(64, 10)  # d = 64 inputs, q = 10 classes
W, b = net.weight.detach(), net.bias.detach()
O = X @ W.T + b  # (5, 64) @ (64, 10) + (10,) -> (5, 10)
torch.testing.assert_close(net(X), O)
o = torch.stack([W[j] @ X[0] + b[j] for j in range(10)])  # o_j = w_j^T x + b_j, first image only
torch.testing.assert_close(net(X)[0], o)
print(X.shape, W.shape, b.shape, O.shape)
print(o)
