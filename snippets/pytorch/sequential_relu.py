"""The usual form: a ReLU after each conv and hidden linear layer (no new parameters)."""
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(
    nn.Conv2d(3, 32, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(32, 32, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(32, 64, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(1024, 64), nn.ReLU(),
    nn.Linear(64, 10),
)
X = torch.rand(2, 3, 32, 32)
print(net(X).shape)
print(sum(p.numel() for p in net.parameters()))
