"""PyTorch: torch.mm, torch.pow, torch.sum(dim, keepdim) and torch.mean on one 2x3 matrix."""
import torch

X_torch = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])  # shape (2, 3)
W_torch = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])  # shape (3, 2)

mm_torch = torch.mm(X_torch, W_torch)  # (2, 3) @ (3, 2) -> (2, 2)
pow_torch = torch.pow(X_torch, 2)  # element by element
sum_torch = torch.sum(X_torch, dim=1, keepdim=True)  # row sums, shape (2, 1)
mean_torch = torch.mean(X_torch, dim=0)  # column means, shape (3,)
print(mm_torch.shape, pow_torch.shape, sum_torch.shape, mean_torch.shape)
