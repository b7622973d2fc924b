"""Locality and translation equivariance of a convolution, and a fully connected layer for contrast."""
import torch
from torch import nn

torch.manual_seed(0)
conv = nn.Conv2d(1, 1, kernel_size=3)  # 10x10 in -> 8x8 out
fc = nn.Linear(100, 64)  # the same sizes, fully connected

# locality: change one input pixel and see which outputs change
X = torch.rand(1, 1, 10, 10)
X_poked = X.clone()
X_poked[0, 0, 5, 6] += 1.0
with torch.no_grad():
    changed = (conv(X_poked) != conv(X))[0, 0]
    changed_fc = fc(X_poked.reshape(1, 100)) != fc(X.reshape(1, 100))
rows, cols = changed.nonzero(as_tuple=True)
print(f"conv: {changed.sum().item()} of 64 outputs changed, rows {rows.min().item()}-{rows.max().item()},"
      f" cols {cols.min().item()}-{cols.max().item()}")
print(f"fc:   {changed_fc.sum().item()} of 64 outputs changed")

# translation equivariance: move a small pattern 3 down and 4 right
X = torch.zeros(1, 1, 10, 10)
X[0, 0, 1:4, 1:3] = torch.rand(3, 2)  # the pattern, away from the far borders
X_shifted = torch.roll(X, shifts=(3, 4), dims=(2, 3))  # (1)!
with torch.no_grad():
    Y, Y_shifted = conv(X), conv(X_shifted)
    Z, Z_shifted = fc(X.reshape(1, 100)).reshape(8, 8), fc(X_shifted.reshape(1, 100)).reshape(8, 8)


def peak(A):
    """Row and column of the largest entry."""
    i = A.flatten().argmax().item()
    return divmod(i, A.shape[-1])


print("conv: strongest response at", peak(Y), "->", peak(Y_shifted))
gap_conv = (Y_shifted[0, 0, 3:, 4:] - Y[0, 0, :-3, :-4]).abs().max().item()
gap_fc = (Z_shifted[3:, 4:] - Z[:-3, :-4]).abs().max().item()
print(f"largest |shifted output - output moved by (3, 4)|: conv {gap_conv:.6f}, fc {gap_fc:.6f}")
