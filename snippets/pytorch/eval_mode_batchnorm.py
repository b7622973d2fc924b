"""nn.BatchNorm1d normalizes with the batch's statistics in training mode, running ones in eval."""
import torch
from torch import nn

bn = nn.BatchNorm1d(2, affine=False)  # 2 features; affine=False: no learnable scale and shift
X = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 8.0], [7.0, 10.0]])

print(bn(X))  # train: each column normalized with its own mean and variance
print(bn.running_mean, bn.running_var)  # moved 10% of the way towards the batch's statistics
bn.eval()
print(bn(X))  # eval: normalized with running_mean and running_var
print(bn.running_mean, bn.running_var)  # unchanged
