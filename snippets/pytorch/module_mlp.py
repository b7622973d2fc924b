"""Register layers in __init__, use them in forward, and call the module."""
import torch
from torch import nn


class MLP(nn.Module):
    def __init__(self):
        super().__init__()  # (1)!
        self.hidden = nn.Linear(4, 8)  # (2)!
        self.act = nn.ReLU()
        self.out = nn.Linear(8, 3)

    def forward(self, X):
        return self.out(self.act(self.hidden(X)))


torch.manual_seed(0)  # the layers' initial weights are random
net = MLP()
X = torch.rand(2, 4)
print(net)
y_hat = net(X)  # not net.forward(X)
print(y_hat.shape)
print(y_hat)
