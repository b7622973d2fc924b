"""A tensor wrapped in nn.Parameter is registered with the module; a plain tensor is not."""
import torch
from torch import nn


class FM(nn.Module):
    def __init__(self, num_features, num_factors):
        super().__init__()
        self.linear = nn.Linear(num_features, 1)
        self.v = nn.Parameter(0.01 * torch.randn(num_features, num_factors))


class FMPlainTensor(nn.Module):
    def __init__(self, num_features, num_factors):
        super().__init__()
        self.linear = nn.Linear(num_features, 1)
        self.v = 0.01 * torch.randn(num_features, num_factors)  # NOT registered


torch.manual_seed(0)
for model in (FM(5, 3), FMPlainTensor(5, 3)):
    print(type(model).__name__, [(name, tuple(p.shape)) for name, p in model.named_parameters()])
print(model.v.requires_grad)  # the plain tensor gets no gradient and no optimizer update
