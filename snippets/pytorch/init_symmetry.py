"""Constant initial weights keep all hidden units identical during training; random ones do not."""
import torch
from torch import nn

torch.manual_seed(0)
X = torch.randn(64, 2)
y = X[:, :1] * X[:, 1:]  # (1)!


def train(init_weight, num_epochs=100, lr=0.3):
    net = nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Linear(3, 1))
    for layer in (net[0], net[2]):
        with torch.no_grad():  # the modern form of editing .data
            init_weight(layer.weight)
            layer.bias.zero_()
    optimizer = torch.optim.SGD(net.parameters(), lr=lr)
    for _ in range(num_epochs):
        loss = nn.functional.mse_loss(net(X), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return net, loss.item()


torch.manual_seed(1)
for label, init_weight in [("std=0", lambda w: w.normal_(0, 0.)),
                           ("constant 0.3", lambda w: w.fill_(0.3)),
                           ("std=0.01", lambda w: w.normal_(0, 0.01))]:
    net, loss = train(init_weight)
    print(f"{label}: loss {loss:.4f}, first-layer weights after training:")
    print(net[0].weight.detach().round(decimals=3))
