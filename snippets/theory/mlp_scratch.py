"""An MLP written from the formulas equals its nn.Sequential twin once they share weights."""
import torch
from torch import nn

torch.manual_seed(0)
num_inputs, num_hiddens, num_outputs = 64, 32, 10
W1 = torch.randn(num_hiddens, num_inputs) * 0.1  # (units of layer 2, units of layer 1)
b1 = torch.zeros(num_hiddens)
W2 = torch.randn(num_outputs, num_hiddens) * 0.1
b2 = torch.zeros(num_outputs)


def mlp(X):
    """One sample per row of X, so each layer computes A W^T + b."""
    A2 = torch.relu(X @ W1.T + b1)
    return A2 @ W2.T + b2  # scores (logits): the loss applies softmax later


net = nn.Sequential(
    nn.Linear(num_inputs, num_hiddens), nn.ReLU(), nn.Linear(num_hiddens, num_outputs)
)
with torch.no_grad():  # copy the weights into the twin
    net[0].weight.copy_(W1)
    net[0].bias.copy_(b1)
    net[2].weight.copy_(W2)
    net[2].bias.copy_(b2)

X = torch.rand(5, num_inputs)
torch.testing.assert_close(mlp(X), net(X))
print(mlp(X)[0, :5].round(decimals=4))
print(net(X)[0, :5].detach().round(decimals=4))
