"""torch.pow and ** raise every element to a power, a scalar or a tensor of exponents."""
import torch

X = torch.tensor([1., 2., 3., 4.])
print(torch.pow(X, 2))  # element by element, not a matrix power
print(X ** 2, X ** 0.5)  # ** is the same operation
print(torch.pow(X, torch.tensor([0., 1., 2., 3.])))  # exponents paired element-wise
print(2 ** X)  # a scalar base with tensor exponents

M = torch.tensor([[1., 2.], [3., 4.]])
print(M ** 2)  # squares each entry
print(torch.linalg.matrix_power(M, 2))  # the matrix product M @ M
