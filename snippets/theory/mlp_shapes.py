"""Shapes in a forward pass of a 400-25-10 MLP on a batch of 5000 samples with 400 features."""
import torch
from torch import nn

torch.manual_seed(0)
X = torch.rand(5000, 400)  # one sample per row, e.g. 5000 flattened 20x20 images
net = nn.Sequential(nn.Linear(400, 25), nn.Sigmoid(), nn.Linear(25, 10), nn.Sigmoid())

for name, param in net.named_parameters():
    print(f"{name:<9} {tuple(param.shape)}")
A = X
print(f"{'input':<9} {tuple(A.shape)}")
for layer in net:
    A = layer(A)
    print(f"{type(layer).__name__:<9} {tuple(A.shape)}")
