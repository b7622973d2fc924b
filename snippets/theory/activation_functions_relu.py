"""ReLU(x) = max(x, 0), checked against torch.relu and nn.ReLU on a grid that contains 0."""
import torch
from torch import nn

x = torch.arange(-12, 13) / 4  # -3, -2.75, ..., 3: exact multiples of 0.25, 0 included
relu_formula = torch.maximum(x, torch.zeros_like(x))
torch.testing.assert_close(relu_formula, torch.relu(x))
torch.testing.assert_close(relu_formula, nn.ReLU()(x))

print(x[8:17:2])
print(torch.relu(x[8:17:2]))
