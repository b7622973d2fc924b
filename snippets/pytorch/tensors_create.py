"""Create tensors with the common constructors and print what each gives."""
import torch

torch.manual_seed(0)  # the random tensors below are the same on every run

print(torch.tensor([[1, 2], [3, 4]]))  # from data, like np.array
print(torch.zeros(2, 3, dtype=torch.long))
print(torch.ones(2, 2))
print(torch.eye(3))
print(torch.arange(0, 10, 3))  # start, end (excluded), step
print(torch.linspace(0, 1, 5))  # start, end (included), number of points
print(torch.rand(2, 3))  # uniform on [0, 1)
print(torch.randn(2, 3))  # standard normal N(0, 1)
print(torch.normal(0, 0.01, size=(2, 1), requires_grad=True))
print(torch.randperm(5))  # a random permutation of 0..4
