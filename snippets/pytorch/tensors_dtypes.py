"""Choose a dtype at creation, read it back, and convert between dtypes."""
import torch

x = torch.zeros(2, 2, dtype=torch.float16)
print(x.dtype)
print(torch.tensor([1, 2]).dtype, torch.tensor([1.0, 2.0]).dtype, torch.tensor([True]).dtype)

y = torch.zeros(10, 2).double()  # same as .to(torch.float64)
print(y.dtype)
z = y.to(torch.float32)  # .to() returns a new tensor; y is unchanged
print(z.dtype, y.dtype)
print(torch.tensor([1.7, -1.7]).int())  # float -> int truncates toward zero
