"""view never copies and needs a compatible memory layout; reshape copies when it must."""
import torch

X = torch.arange(6).reshape(2, 3)
V = X.view(3, 2)  # same memory, read with a new shape
V[0, 0] = 100
print(X[0, 0].item())  # X sees the change

T = X.t()  # transpose: same memory, but no longer contiguous
print(T.is_contiguous())
try:
    T.view(6)
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(" (")[0])
print(T.reshape(6))  # reshape falls back to a copy here
