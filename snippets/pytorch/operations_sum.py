"""torch.sum with dim and keepdim on a 2x3 matrix: dim is the axis that disappears."""
import torch

X = torch.tensor([[1, 2, 3],
                  [4, 5, 6]])  # shape (2, 3): 2 rows, 3 columns
print(X.sum())  # no dim: add everything up, a 0-d tensor

col_sums = X.sum(dim=0)  # add down the rows: one value per column
print(col_sums, col_sums.shape)
row_sums = X.sum(dim=1)  # add along each row: one value per row
print(row_sums, row_sums.shape)

# keepdim=True keeps the summed axis with length 1 instead of dropping it
print(X.sum(dim=0, keepdim=True).shape, X.sum(dim=1, keepdim=True).shape)
print(torch.sum(X, dim=-1))  # -1 is the last axis, here the same as dim=1
