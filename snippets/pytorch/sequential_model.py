"""The same network as one nn.Sequential: the layers run in the order they are listed."""
import torch
from torch import nn

torch.manual_seed(1)
net = nn.Sequential(
    nn.Conv2d(3, 32, 5, padding=2),
    nn.MaxPool2d(2),
    nn.Conv2d(32, 32, 5, padding=2),
    nn.MaxPool2d(2),
    nn.Conv2d(32, 64, 5, padding=2),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(1024, 64),
    nn.Linear(64, 10),
)
print(net)
print(sum(p.numel() for p in net.parameters()))
