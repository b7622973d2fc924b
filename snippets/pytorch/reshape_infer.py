"""torch.reshape takes a new shape; one -1 lets PyTorch work out that size."""
import torch

X = torch.arange(12)  # 12 elements, shape (12,)
print(torch.reshape(X, (3, 4)))
print(X.reshape(2, -1).shape)  # (1)!
print(X.reshape(-1, 2, 3).shape)  # 12 / (2 * 3) = 2
print(X.reshape(3, 4).reshape(-1).shape)  # (2)!
