"""Through h = sigmoid(Wx + b) the gradient is W^T (sigmoid'(z) * dL/dh); checked with autograd."""
import torch
from torch import nn

torch.manual_seed(0)
layer = nn.Linear(4, 3)
x = torch.randn(4, requires_grad=True)
z = layer(x)
h = torch.sigmoid(z)
h.retain_grad()  # (1)!
loss = (h**2).sum()  # any scalar L will do
loss.backward()

with torch.no_grad():
    s = torch.sigmoid(z)
    by_hand = layer.weight.T @ (s * (1 - s) * h.grad)
torch.testing.assert_close(x.grad, by_hand)
print("sigmoid'(z):", (s * (1 - s)).round(decimals=4))
print("dL/dx      :", x.grad.round(decimals=4))
