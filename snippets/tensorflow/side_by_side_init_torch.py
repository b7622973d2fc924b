"""PyTorch: an nn.Parameter filled in place by nn.init.xavier_normal_."""
import torch
from torch import nn

torch.manual_seed(0)
num_features, num_factors = 1000, 500  # large, so that the statistics are sharp
v_torch = nn.Parameter(torch.empty(num_features, num_factors))
nn.init.xavier_normal_(v_torch)  # in place; Glorot = Xavier
print(v_torch.shape, v_torch.requires_grad)
