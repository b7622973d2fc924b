"""A complete factorization machine: the O(kn) pairwise term agrees with the naive double sum."""
import torch
from torch import nn


class FM(nn.Module):
    def __init__(self, num_features, num_factors):
        super().__init__()
        self.linear = nn.Linear(num_features, 1)  # w_0 and the w_i
        self.v = nn.Parameter(0.01 * torch.randn(num_features, num_factors))  # row i is v_i

    def pairwise(self, X):
        square_of_sum = (X @ self.v) ** 2  # (batch_size, num_factors)
        sum_of_square = (X ** 2) @ (self.v ** 2)  # (batch_size, num_factors)
        return 0.5 * (square_of_sum - sum_of_square).sum(dim=1, keepdim=True)

    def forward(self, X):
        return self.linear(X) + self.pairwise(X)  # (batch_size, 1)


def pairwise_naive(v, X):
    """The defining formula: a double loop over all pairs i < j."""
    total = torch.zeros(X.shape[0], 1)
    for i in range(X.shape[1]):
        for j in range(i + 1, X.shape[1]):
            total += (v[i] @ v[j]) * X[:, i:i + 1] * X[:, j:j + 1]
    return total


torch.manual_seed(0)
model = FM(num_features=6, num_factors=4)
X = torch.randn(8, 6)  # batch_size = 8
y_hat = model(X)
print(y_hat.shape)
with torch.no_grad():
    print(torch.allclose(model.pairwise(X), pairwise_naive(model.v, X)))
y_hat.sum().backward()  # v is a parameter, so it receives a gradient
print(model.v.grad.shape)
