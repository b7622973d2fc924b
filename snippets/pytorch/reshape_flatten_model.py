"""nn.Flatten as the first layer of a model turns images into vectors for nn.Linear."""
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Flatten(), nn.Linear(3 * 32 * 32, 10))  # (1)!
X = torch.randn(4, 3, 32, 32)  # batch_size = 4
y_hat = net(X)
print(y_hat.shape)  # one row of 10 scores per image
