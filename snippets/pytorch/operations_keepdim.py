"""keepdim=True lets the sums broadcast back against the original matrix."""
import torch

X = torch.tensor([[1., 2., 3.],
                  [4., 5., 6.]])
row_sums = X.sum(dim=1, keepdim=True)  # shape (2, 1)
print(row_sums)
print(X / row_sums)  # (2, 3) / (2, 1): each row now adds up to 1
