"""sigmoid(x) = 1 / (1 + exp(-x)), checked against torch.sigmoid and nn.Sigmoid."""
import torch
from torch import nn

x = torch.arange(-12, 13) / 4
sigmoid_formula = 1 / (1 + torch.exp(-x))
torch.testing.assert_close(sigmoid_formula, torch.sigmoid(x))
torch.testing.assert_close(sigmoid_formula, nn.Sigmoid()(x))

print(x[::6])
print(torch.sigmoid(x[::6]))
