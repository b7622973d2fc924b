"""view never copies: it works when the new shape can be read from the same memory, and fails otherwise."""
import torch

X = torch.arange(6).reshape(2, 3)
V = X.view(3, 2)  # same memory, read with a new shape
V[0, 0] = 100
print(X[0, 0].item())  # X sees the change

T = X.T  # the transpose: same memory, read column by column
print(T.is_contiguous(), T.stride())
print(T.view(3, 2).data_ptr() == X.data_ptr(), T.view(3, 1, 2).shape)  # these views work
try:
    T.view(6)  # merges T's two dimensions into one
except RuntimeError as e:
    print("RuntimeError:", e)
