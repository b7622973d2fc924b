"""Two linear layers with nothing in between equal one linear layer."""
import torch
from torch import nn

torch.manual_seed(0)
linear1, linear2 = nn.Linear(1024, 64), nn.Linear(64, 10)
merged = nn.Linear(1024, 10)
with torch.no_grad():
    merged.weight.copy_(linear2.weight @ linear1.weight)  # W = W2 W1
    merged.bias.copy_(linear2.weight @ linear1.bias + linear2.bias)  # b = W2 b1 + b2

X = torch.rand(8, 1024)
with torch.no_grad():
    two_layers, one_layer = linear2(linear1(X)), merged(X)
print([f"{v:.3f}" for v in two_layers[0, :5].tolist()])  # first example, first 5 outputs
print([f"{v:.3f}" for v in one_layer[0, :5].tolist()])
print(torch.allclose(two_layers, one_layer, atol=1e-5))  # all outputs, up to rounding
