"""PyTorch: a 4-3-2 multilayer perceptron as an nn.Module."""
import numpy as np
import torch
from torch import nn


class TorchMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(4, 3)
        self.out = nn.Linear(3, 2)

    def forward(self, X):
        return self.out(torch.relu(self.hidden(X)))


torch.manual_seed(1)
net_torch = TorchMLP()
X_np = np.random.default_rng(0).normal(size=(5, 4)).astype(np.float32)  # 5 samples, 4 features
y_torch = net_torch(torch.from_numpy(X_np))
print(y_torch.shape)
for name, p in net_torch.named_parameters():
    print(name, tuple(p.shape))  # weight: (out_features, in_features)
