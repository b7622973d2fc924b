"""torch.Tensor(sizes) allocates without initializing; torch.tensor(data) copies data."""
import torch

a = torch.Tensor(2, 3)  # sizes: memory is NOT set, its values are whatever was there
b = torch.tensor([2, 3])  # data: a 1-D tensor holding 2 and 3
print(a.shape, a.dtype)
print(b, b.shape, b.dtype)
print(torch.Tensor([2, 3]).dtype)  # torch.Tensor always makes float32
