"""The source's normal_(0, 0.) has standard deviation zero: every weight becomes exactly 0."""
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(2, 1))
net[0].weight.data.normal_(0, 0.)  # mean 0, std 0 -> all zeros
net[0].bias.data.fill_(0)
print(net[0].weight.data, net[0].bias.data)

net[0].weight.data.normal_(0, 0.01)  # what was meant: small random values
print(net[0].weight.data)
