"""PyTorch: a factorization machine with the O(kn) pairwise term."""
import numpy as np
import torch
from torch import nn


class TorchFM(nn.Module):
    def __init__(self, num_features, num_factors):
        super().__init__()
        self.linear = nn.Linear(num_features, 1)  # w_0 and the w_i
        self.v = nn.Parameter(torch.empty(num_features, num_factors))  # row i is v_i
        nn.init.xavier_normal_(self.v)

    def pairwise(self, X):
        square_of_sum = torch.pow(torch.mm(X, self.v), 2)  # (batch_size, num_factors)
        sum_of_square = torch.mm(torch.pow(X, 2), torch.pow(self.v, 2))
        return 0.5 * torch.sum(square_of_sum - sum_of_square, dim=1, keepdim=True)

    def forward(self, X):
        return self.linear(X) + self.pairwise(X)  # (batch_size, 1)


torch.manual_seed(0)
fm_torch = TorchFM(num_features=6, num_factors=4)
X_fm = np.random.default_rng(1).normal(size=(8, 6)).astype(np.float32)  # 8 samples
y_fm_torch = fm_torch(torch.from_numpy(X_fm))
print(y_fm_torch.shape, fm_torch.v.shape)
