"""Choose a dtype at creation, read it back, and convert between dtypes."""
import torch

x = torch.zeros(2, 2, dtype=torch.float16)
print(x.dtype)
print(torch.tensor([1, 2]).dtype, torch.tensor([1.0, 2.0]).dtype, torch.tensor([True]).dtype)

y = torch.zeros(10, 2).double()  # same as .to(torch.float64)
print(y.dtype)
z = y.to(torch.float32)  # a converted tensor; y is unchanged
print(z.dtype, y.dtype)
print(torch.tensor([1.7, -1.7]).int())  # float -> int truncates toward zero

t = torch.ones(3)  # already float32
print(t.float() is t, t.to(torch.float32) is t, t.double() is t)  # nothing to do: t itself
