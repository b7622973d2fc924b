"""tensor.to() returns a new tensor; module.to() changes the module and returns it."""
import torch
from torch import nn

X = torch.ones(2, 3)
X.to(torch.float64)  # the converted tensor is thrown away ...
print(X.dtype)  # ... so X is still float32
X64 = X.to(torch.float64)
print(X64.dtype, X64 is X)
print(X.to(torch.float32) is X)  # nothing to convert: X itself comes back

net = nn.Linear(3, 1)
weight = net.weight
same = net.to(torch.float64)  # converts every parameter of net in place
print(same is net, net.weight.dtype)
print(net.weight is weight, weight.dtype)  # the same Parameter object, with new data
