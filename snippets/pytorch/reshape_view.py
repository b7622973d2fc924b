"""view never copies: it works only where the new shape can be read from the same memory."""
import torch

X = torch.arange(6).reshape(2, 3)
V = X.view(3, 2)  # (1)!
V[0, 0] = 100
print(X[0, 0].item())  # X sees the change

T = X.T  # (2)!
print(T.is_contiguous(), T.stride())
print(T.view(3, 2).data_ptr() == X.data_ptr(), T.view(3, 1, 2).shape)  # (3)!
try:
    T.view(6)  # (4)!
except RuntimeError as e:
    print("RuntimeError:", e)
