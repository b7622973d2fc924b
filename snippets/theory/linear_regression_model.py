"""Check that nn.Linear computes the weighted sum w1*x1 + ... + wd*xd + b, i.e. w^T x + b."""
import torch
from torch import nn

net = nn.Linear(3, 1)  # d = 3 features -> 1 output
with torch.no_grad():  # (1)!
    net.weight.copy_(torch.tensor([[2.0, -1.0, 0.5]]))
    net.bias.fill_(0.3)
w, b = net.weight[0], net.bias[0]  # weight has shape (1, 3): one row per output

x = torch.tensor([1.0, 4.0, -2.0])
weighted_sum = sum(w[j] * x[j] for j in range(3)) + b  # w1*x1 + w2*x2 + w3*x3 + b
dot = w @ x + b  # w^T x + b
torch.testing.assert_close(net(x), weighted_sum.reshape(1))
torch.testing.assert_close(net(x), dot.reshape(1))
print(net.weight.shape, net.bias.shape)
print(f"{weighted_sum.item():.2f} {dot.item():.2f} {net(x).item():.2f}")
